-- kpi_commerce_vacancy_durations: how long shop premises stay empty, one row per commune, quartier or street
-- (level, area_key) and year. A vacancy spell runs from the first day a premises is vacant to the day it gets
-- another status (consecutive vacant periods are one spell). DOMAIN.md §3, commercial vacancy ("how long premises
-- stay empty", structural vacancy over 1 and 3 years).
--   spells_ended / median_days_ended     spells that ended during the year and their median length in days
--   spells_ongoing / median_days_ongoing spells still running on as_of (31 December, or the commune's latest status
--                                       date for its last year) and how long they had lasted by then
--   ongoing_over_1_year / ongoing_over_3_years  those among them that had lasted a year or more / three or more
create view analytics.kpi_commerce_vacancy_durations as
with periods as not materialized (
  select * from analytics.stg_commerce_periods
),

spells as not materialized (
  select
    commune_insee, premises_id, quartier_id, street, vacant_since,
    case when bool_or(valid_to is null) then null else max(valid_to) + 1 end as ended_on
  from periods
  where status = 'vacant'
  group by commune_insee, premises_id, quartier_id, street, vacant_since
),

years as not materialized (
  select
    b.commune_insee,
    y::integer as year,
    least(make_date(y::integer, 12, 31), b.latest) as as_of
  from (
    select commune_insee, min(valid_from) as earliest, max(valid_from) as latest
    from periods
    group by commune_insee
  ) b
  cross join lateral generate_series(extract(year from b.earliest)::integer, extract(year from b.latest)::integer) as y
),

facts as not materialized (
  -- a spell counts as ended in the year it ended, and as ongoing at the as_of date of every year it spans
  select y.commune_insee, y.year, y.as_of, s.quartier_id, s.street,
    (s.ended_on - s.vacant_since) as ended_days, null::integer as ongoing_days
  from years y
  join spells s on s.commune_insee = y.commune_insee and extract(year from s.ended_on) = y.year
  union all
  select y.commune_insee, y.year, y.as_of, s.quartier_id, s.street,
    null, (y.as_of - s.vacant_since)
  from years y
  join spells s
    on s.commune_insee = y.commune_insee
   and s.vacant_since <= y.as_of
   and (s.ended_on is null or s.ended_on > y.as_of)
),

measured as (
  select commune_insee, year, as_of, 'commune' as level, null::bigint as quartier_id, null::text as street,
    ended_days, ongoing_days
  from facts
  union all
  select commune_insee, year, as_of, 'quartier', quartier_id, null, ended_days, ongoing_days
  from facts
  union all
  select commune_insee, year, as_of, 'street', null, street, ended_days, ongoing_days
  from facts
),

grouped as (
  select
    commune_insee,
    year,
    as_of,
    level,
    quartier_id,
    street,
    count(ended_days)::integer as spells_ended,
    percentile_cont(0.5) within group (order by ended_days) as median_days_ended,
    count(ongoing_days)::integer as spells_ongoing,
    percentile_cont(0.5) within group (order by ongoing_days) as median_days_ongoing,
    (count(*) filter (where ongoing_days >= 365))::integer as ongoing_over_1_year,
    (count(*) filter (where ongoing_days >= 1095))::integer as ongoing_over_3_years
  from measured
  group by commune_insee, year, as_of, level, quartier_id, street
),

final as (
  select
    g.commune_insee,
    g.level,
    case g.level when 'commune' then g.commune_insee when 'quartier' then coalesce(g.quartier_id::text, 'none')
      else g.street end as area_key,
    g.quartier_id,
    q.name as quartier,
    g.street,
    g.year,
    g.as_of,
    g.spells_ended,
    round(g.median_days_ended::numeric, 1) as median_days_ended,
    g.spells_ongoing,
    round(g.median_days_ongoing::numeric, 1) as median_days_ongoing,
    g.ongoing_over_1_year,
    g.ongoing_over_3_years
  from grouped g
  left join quartiers q on q.id = g.quartier_id
)

select * from final;
