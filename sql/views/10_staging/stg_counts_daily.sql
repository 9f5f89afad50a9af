-- stg_counts_daily: one row per counting site and local calendar day, from the site's first day with data to the
-- commune's latest day with data (materialized: the hourly table holds millions of rows).
-- count_total sums the valid hours only; hours_ok, hours_fault and hours_missing (hours absent from counts_hourly)
-- keep gaps and counter faults visible instead of reading them as zero traffic: a day with no row at all is listed
-- with 0 valid hours and every hour missing. hours_expected is 24 (23 on the day clocks go forward, unless the
-- source wrote 24 naive hours that day: a day never expects fewer hours than it holds, so completeness stays within
-- 0..1); is_complete = every expected hour is valid. DOMAIN.md §4, flow counts.
-- Reads counts_daily, which triggers on counts_hourly keep up to date (migration 0032), so a refresh costs a copy
-- of the daily rows, not a scan of the hourly table. Refreshed after every counts import and demo load.
create materialized view analytics.stg_counts_daily as
with site_spans as (
  select commune_insee, site_id, min(day) as first_day
  from counts_daily
  group by commune_insee, site_id
),

commune_spans as (
  select commune_insee, max(day) as last_day
  from counts_daily
  group by commune_insee
),

spine as (
  select s.commune_insee, s.site_id, d::date as day
  from site_spans s
  join commune_spans c on c.commune_insee = s.commune_insee
  cross join lateral generate_series(s.first_day, c.last_day, interval '1 day') as d
),

final as (
  select
    sp.commune_insee,
    sp.site_id,
    sp.day,
    coalesce(d.count_total, 0)::bigint as count_total,
    coalesce(d.hours_ok, 0) as hours_ok,
    coalesce(d.hours_fault, 0) as hours_fault,
    greatest(wall_clock_hours(sp.day) - coalesce(d.hours_present, 0), 0) as hours_missing,
    greatest(wall_clock_hours(sp.day), coalesce(d.hours_present, 0)) as hours_expected,
    coalesce(d.hours_ok, 0) >= greatest(wall_clock_hours(sp.day), coalesce(d.hours_present, 0)) as is_complete
  from spine sp
  left join counts_daily d on d.commune_insee = sp.commune_insee and d.site_id = sp.site_id and d.day = sp.day
)

select * from final;

create unique index stg_counts_daily_pk on analytics.stg_counts_daily (commune_insee, site_id, day);
create index stg_counts_daily_day_idx on analytics.stg_counts_daily (commune_insee, day);
