-- kpi_counts_periods: weekly (ISO weeks, from Monday) and monthly flow counts, one row per period and counting site,
-- zone or commune (level), by kind of site. DOMAIN.md §4, flow counts.
--   count_total          valid counts of the period (depends on completeness: read it with completeness)
--   mean_daily_complete  mean daily count over complete days; for a zone or commune the sum of its sites' means
--                        (sites_reporting = sites with at least one complete day), the figure to compare periods on
--   completeness         hours_ok / hours_expected, fraction
--   share_of_zone        a site's share of its zone's mean daily flow (site rows; the shares of a zone sum to 1)
create view analytics.kpi_counts_periods as
with periods as not materialized (
  select p.*, s.kind, s.zone
  from analytics.stg_counts_periods p
  join counting_sites s on s.commune_insee = p.commune_insee and s.site_id = p.site_id
),

site_periods as (
  select
    commune_insee, period, period_start, kind, 'site' as level, zone, site_id,
    1 as sites, (mean_daily_complete is not null)::integer as sites_reporting, days as site_days,
    days_complete as site_days_complete, count_total, hours_ok, hours_fault, hours_missing, hours_expected,
    mean_daily_complete
  from periods
),

zone_periods as (
  select
    commune_insee, period, period_start, kind, 'zone' as level, zone, null::text as site_id,
    count(*)::integer as sites, count(mean_daily_complete)::integer as sites_reporting, sum(days)::integer as site_days,
    sum(days_complete)::integer as site_days_complete, sum(count_total)::bigint as count_total,
    sum(hours_ok)::integer as hours_ok, sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing, sum(hours_expected)::integer as hours_expected,
    sum(mean_daily_complete) as mean_daily_complete
  from periods
  group by commune_insee, period, period_start, kind, zone
),

commune_periods as (
  select
    commune_insee, period, period_start, kind, 'commune' as level, null::text as zone, null::text as site_id,
    count(*)::integer as sites, count(mean_daily_complete)::integer as sites_reporting, sum(days)::integer as site_days,
    sum(days_complete)::integer as site_days_complete, sum(count_total)::bigint as count_total,
    sum(hours_ok)::integer as hours_ok, sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing, sum(hours_expected)::integer as hours_expected,
    sum(mean_daily_complete) as mean_daily_complete
  from periods
  group by commune_insee, period, period_start, kind
),

grouped as (
  select * from site_periods
  union all
  select * from zone_periods
  union all
  select * from commune_periods
),

final as (
  select
    commune_insee,
    level,
    kind,
    zone,
    site_id,
    period,
    period_start,
    sites,
    sites_reporting,
    site_days,
    site_days_complete,
    count_total,
    hours_ok,
    hours_fault,
    hours_missing,
    hours_expected,
    round(hours_ok::numeric / nullif(hours_expected, 0), 4) as completeness,
    mean_daily_complete,
    case when level = 'site' then round(
      mean_daily_complete
        / nullif(sum(mean_daily_complete) over (partition by commune_insee, period, period_start, kind, zone, level), 0),
      4
    ) end as share_of_zone
  from grouped
)

select * from final;
