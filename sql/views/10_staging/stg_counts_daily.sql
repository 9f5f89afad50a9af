-- stg_counts_daily: one row per counting site and local calendar day with counts (materialized: the hourly table
-- holds millions of rows). count_total sums the valid hours only; hours_ok, hours_fault and hours_missing (hours
-- absent from counts_hourly that day) keep gaps and counter faults visible instead of reading them as zero traffic.
-- hours_expected is 24 (23 on the day clocks go forward, unless the source wrote 24 naive hours that day: a day never
-- expects fewer hours than it holds, so completeness stays within 0..1); is_complete = every expected hour is valid.
-- Days without any row are not here: stg_counts_site_days lists them (the spine). DOMAIN.md §4, flow counts.
-- A copy of counts_daily, which triggers on counts_hourly keep up to date (migration 0032): a refresh copies the
-- daily rows, it does not scan the hourly table. Refreshed after every counts import and demo load.
create materialized view analytics.stg_counts_daily as
with daily as (
  select * from counts_daily
),

final as (
  select
    commune_insee,
    site_id,
    day,
    count_total,
    hours_ok,
    hours_fault,
    greatest(wall_clock_hours(day) - hours_present, 0) as hours_missing,
    greatest(wall_clock_hours(day), hours_present) as hours_expected,
    hours_ok >= greatest(wall_clock_hours(day), hours_present) as is_complete
  from daily
)

select * from final;

create unique index stg_counts_daily_pk on analytics.stg_counts_daily (commune_insee, site_id, day);
create index stg_counts_daily_day_idx on analytics.stg_counts_daily (commune_insee, day);
