-- kpi_counts_year_on_year(p_commune, p_from, p_to, p_kind): flows of a period against the same period a year before, aligned
-- on the weekday (each day against the day 364 days earlier, same weekday) and on the calendar: a pair of days is compared
-- only when both are complete (every hour valid) and of the same kind (public holiday or not, Saturday, Sunday or
-- weekday, zone B school holiday or not). One row per counting site, zone or commune (level), by kind of site.
-- DOMAIN.md §4, flow counts ("year-on-year aligned on weekday and holidays").
--   current_total / previous_total   counts of the compared site-days this year and a year before
--   change_rate          current_total / previous_total - 1 (fraction)
--   days_compared        days with at least one compared site; site_days_compared: compared (site, day) pairs
--   site_days_gap        pairs left out because one of the two days is incomplete (gap or fault)
--   site_days_calendar   pairs left out because the two days differ in calendar (a holiday on one side)
--   days_in_period       p_to - p_from + 1
-- p_kind limits the rows to one kind of site (null: every kind).
create function analytics.kpi_counts_year_on_year(p_commune text, p_from date, p_to date, p_kind text default null)
returns table (
  commune_insee text,
  level text,
  kind text,
  zone text,
  site_id text,
  current_total bigint,
  previous_total bigint,
  change_rate numeric,
  days_compared integer,
  site_days_compared integer,
  site_days_gap integer,
  site_days_calendar integer,
  days_in_period integer
)
language sql stable as $$
with site_days as materialized (
  -- the two years read once; each day carries the same site's day 364 days earlier through a one-row window
  -- frame, so no self-join is left to the planner's row estimates
  select
    d.site_id,
    d.day,
    d.count_total,
    d.is_complete,
    s.kind,
    s.zone,
    first_value(d.count_total) over previous_day as previous_count,
    first_value(d.is_complete) over previous_day as previous_complete
  from analytics.stg_counts_daily d
  join counting_sites s on s.commune_insee = d.commune_insee and s.site_id = d.site_id
  where d.commune_insee = p_commune and d.day between p_from - 364 and p_to and (p_kind is null or s.kind = p_kind)
  window previous_day as (
    partition by d.site_id order by d.day
    range between '364 days'::interval preceding and '364 days'::interval preceding
  )
),

pairs as materialized (
  select
    p_commune as commune_insee,
    c.kind,
    c.zone,
    c.site_id,
    c.day,
    c.count_total,
    c.previous_count,
    case
      when not (c.is_complete and coalesce(c.previous_complete, false)) then 'gap'
      when cal.day_type <> prev_cal.day_type or (cal.school_holiday is null) <> (prev_cal.school_holiday is null)
        then 'calendar'
      else 'compared'
    end as outcome
  from site_days c
  join analytics.stg_counts_calendar cal on cal.day = c.day
  join analytics.stg_counts_calendar prev_cal on prev_cal.day = cal.same_weekday_last_year
  where c.day between p_from and p_to
),

site_level as (
  select
    commune_insee, 'site' as level, kind, zone, site_id,
    (sum(count_total) filter (where outcome = 'compared'))::bigint as current_total,
    (sum(previous_count) filter (where outcome = 'compared'))::bigint as previous_total,
    (count(*) filter (where outcome = 'compared'))::integer as days_compared,
    (count(*) filter (where outcome = 'compared'))::integer as site_days_compared,
    (count(*) filter (where outcome = 'gap'))::integer as site_days_gap,
    (count(*) filter (where outcome = 'calendar'))::integer as site_days_calendar
  from pairs
  group by commune_insee, kind, zone, site_id
),

-- zones and the commune: first per day (a day counts as compared when one of its sites is), then per area, so no
-- count(distinct) is needed
zone_days as (
  select
    commune_insee, kind, zone, day,
    sum(count_total) filter (where outcome = 'compared') as current_total,
    sum(previous_count) filter (where outcome = 'compared') as previous_total,
    bool_or(outcome = 'compared') as compared,
    count(*) filter (where outcome = 'compared') as site_days_compared,
    count(*) filter (where outcome = 'gap') as site_days_gap,
    count(*) filter (where outcome = 'calendar') as site_days_calendar
  from pairs
  group by commune_insee, kind, zone, day
),

commune_days as (
  select
    commune_insee, kind, day,
    sum(current_total) as current_total,
    sum(previous_total) as previous_total,
    bool_or(compared) as compared,
    sum(site_days_compared) as site_days_compared,
    sum(site_days_gap) as site_days_gap,
    sum(site_days_calendar) as site_days_calendar
  from zone_days
  group by commune_insee, kind, day
),

grouped as (
  select * from site_level
  union all
  select
    commune_insee, 'zone', kind, zone, null,
    sum(current_total)::bigint, sum(previous_total)::bigint, (count(*) filter (where compared))::integer,
    sum(site_days_compared)::integer, sum(site_days_gap)::integer, sum(site_days_calendar)::integer
  from zone_days
  group by commune_insee, kind, zone
  union all
  select
    commune_insee, 'commune', kind, null, null,
    sum(current_total)::bigint, sum(previous_total)::bigint, (count(*) filter (where compared))::integer,
    sum(site_days_compared)::integer, sum(site_days_gap)::integer, sum(site_days_calendar)::integer
  from commune_days
  group by commune_insee, kind
),

final as (
  select
    commune_insee,
    level,
    kind,
    zone,
    site_id,
    current_total,
    previous_total,
    round(current_total::numeric / nullif(previous_total, 0) - 1, 4) as change_rate,
    days_compared,
    site_days_compared,
    site_days_gap,
    site_days_calendar,
    (p_to - p_from + 1)::integer as days_in_period
  from grouped
)

select * from final
$$;
