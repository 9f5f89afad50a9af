-- stg_counts_daily: one row per counting site and day (materialized: the hourly table holds millions of rows).
-- count_total sums the valid hours only; hours_ok, hours_fault and hours_missing (24 minus the rows present) keep
-- gaps and counter faults visible instead of reading them as zero traffic (DOMAIN.md, flow counts).
-- Refreshed after every counts import and demo load (refresh materialized view analytics.stg_counts_daily).
create materialized view analytics.stg_counts_daily as
with hourly as (
  select commune_insee, site_id, hour::date as day, count, status
  from counts_hourly
),

final as (
  select
    commune_insee,
    site_id,
    day,
    coalesce(sum(count) filter (where status = 'ok'), 0)::bigint as count_total,
    count(*) filter (where status = 'ok')::integer as hours_ok,
    count(*) filter (where status = 'fault')::integer as hours_fault,
    (24 - count(*))::integer as hours_missing
  from hourly
  group by commune_insee, site_id, day
)

select * from final;

create unique index stg_counts_daily_pk on analytics.stg_counts_daily (commune_insee, site_id, day);
