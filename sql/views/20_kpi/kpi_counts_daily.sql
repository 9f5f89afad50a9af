-- kpi_counts_daily: daily flow counts, one row per day and counting site, zone or commune (level), by kind of site
-- (pedestrian, bike, car, facility: kinds are never added together). DOMAIN.md §4, flow counts.
--   count_total      valid counts of the day (faulty and missing hours excluded)
--   sites            sites followed that day; sites_complete: those with every hour valid
--   hours_ok / hours_fault / hours_missing / hours_expected and completeness = hours_ok / hours_expected (fraction):
--                    a counter down is a gap, not zero traffic
--   day_type, public_holiday, school_holiday (zone B): the calendar the comparisons align on
create view analytics.kpi_counts_daily as
with daily as not materialized (
  select d.*, s.kind, s.zone
  from analytics.stg_counts_daily d
  join counting_sites s on s.commune_insee = d.commune_insee and s.site_id = d.site_id
),

site_days as (
  select
    commune_insee, day, kind, 'site' as level, zone, site_id, count_total,
    1 as sites, is_complete::integer as sites_complete, hours_ok, hours_fault, hours_missing, hours_expected
  from daily
),

zone_days as (
  select
    commune_insee, day, kind, 'zone' as level, zone, null::text as site_id, sum(count_total)::bigint as count_total,
    count(*)::integer as sites, (count(*) filter (where is_complete))::integer as sites_complete,
    sum(hours_ok)::integer as hours_ok, sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing, sum(hours_expected)::integer as hours_expected
  from daily
  group by commune_insee, day, kind, zone
),

commune_days as (
  select
    commune_insee, day, kind, 'commune' as level, null::text as zone, null::text as site_id,
    sum(count_total)::bigint as count_total, count(*)::integer as sites,
    (count(*) filter (where is_complete))::integer as sites_complete,
    sum(hours_ok)::integer as hours_ok, sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing, sum(hours_expected)::integer as hours_expected
  from daily
  group by commune_insee, day, kind
),

grouped as (
  select * from site_days
  union all
  select * from zone_days
  union all
  select * from commune_days
),

final as (
  select
    g.commune_insee,
    g.level,
    g.kind,
    g.zone,
    g.site_id,
    g.day,
    g.count_total,
    g.sites,
    g.sites_complete,
    g.hours_ok,
    g.hours_fault,
    g.hours_missing,
    g.hours_expected,
    round(g.hours_ok::numeric / nullif(g.hours_expected, 0), 4) as completeness,
    c.isodow,
    c.day_type,
    c.public_holiday,
    c.school_holiday
  from grouped g
  join analytics.stg_counts_calendar c on c.day = g.day
)

select * from final;
