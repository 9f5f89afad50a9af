-- stg_counts_daily: one row per counting site and local calendar day, from the site's first day with counts to its
-- commune's latest day with counts, days without any count included (the spine every completeness figure is
-- measured on: a counter down is not zero traffic). count_total sums the valid hours only; hours_ok, hours_fault and
-- hours_missing (hours absent from counts_hourly that day, all of them on a silent day) keep gaps and counter faults
-- visible. hours_expected is 24 (23 on the day clocks go forward, unless the source wrote 24 naive hours that day: a
-- day never expects fewer hours than it holds, so completeness stays within 0..1); is_complete = every expected
-- hour is valid. DOMAIN.md §4, flow counts ("a counter down is not zero traffic"; "report completeness per site and
-- period").
-- Materialized from counts_daily, which triggers on counts_hourly keep up to date (migration 0032): a refresh reads
-- the daily rows, not the hourly table (about 5 s, indexes included, at 500 sites over seven years). Refreshed after
-- every counts import and demo load. A live view of the same spine cannot restrict counts_daily to the days a query
-- asks for (the day range applies to the calendar side of the join only) and read all of a commune's days each time.
create materialized view analytics.stg_counts_daily as
with site_spans as (
  select
    s.commune_insee,
    s.site_id,
    (select d.day from counts_daily d where d.commune_insee = s.commune_insee and d.site_id = s.site_id
      order by d.day limit 1) as first_day,
    (select max(d.day) from counts_daily d where d.commune_insee = s.commune_insee) as last_day
  from counting_sites s
),

final as (
  select
    sp.commune_insee,
    sp.site_id,
    c.day,
    coalesce(d.count_total, 0)::bigint as count_total,
    coalesce(d.hours_ok, 0) as hours_ok,
    coalesce(d.hours_fault, 0) as hours_fault,
    greatest(c.wall_clock_hours - coalesce(d.hours_present, 0), 0) as hours_missing,
    greatest(c.wall_clock_hours, coalesce(d.hours_present, 0)) as hours_expected,
    coalesce(d.hours_ok, 0) >= greatest(c.wall_clock_hours, coalesce(d.hours_present, 0)) as is_complete
  from site_spans sp
  join analytics.stg_counts_calendar c on c.day between sp.first_day and sp.last_day
  left join counts_daily d on d.commune_insee = sp.commune_insee and d.site_id = sp.site_id and d.day = c.day
)

select * from final;

create unique index stg_counts_daily_pk on analytics.stg_counts_daily (commune_insee, site_id, day);
create index stg_counts_daily_day_idx on analytics.stg_counts_daily (commune_insee, day);
