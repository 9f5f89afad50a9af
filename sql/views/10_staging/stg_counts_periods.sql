-- stg_counts_periods: one row per counting site, period kind ('week': ISO week starting on Monday, 'month') and
-- period start: the weekly and monthly rollups of the daily counts (materialized, refreshed after stg_counts_daily).
-- count_total: valid counts; days: days of the period the site was followed (its spine in stg_counts_daily: from
-- its first data to the commune's last); days_complete: days with every hour valid; hours_expected: 24 a followed
-- day (23 on the day clocks go forward, more if the source wrote them); completeness = hours_ok / hours_expected
-- (fraction); mean_daily_complete: mean daily count over complete days only, the figure that compares across
-- periods with gaps. DOMAIN.md §4, flow counts.
create materialized view analytics.stg_counts_periods as
with tagged as (
  select 'week' as period, date_trunc('week', day)::date as period_start, d.* from analytics.stg_counts_daily d
  union all
  select 'month' as period, date_trunc('month', day)::date as period_start, d.* from analytics.stg_counts_daily d
),

final as (
  select
    commune_insee,
    site_id,
    period,
    period_start,
    count(*)::integer as days,
    (count(*) filter (where is_complete))::integer as days_complete,
    sum(count_total)::bigint as count_total,
    sum(hours_ok)::integer as hours_ok,
    sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing,
    sum(hours_expected)::integer as hours_expected,
    round(sum(hours_ok)::numeric / nullif(sum(hours_expected), 0), 4) as completeness,
    round(avg(count_total) filter (where is_complete), 1) as mean_daily_complete
  from tagged
  group by commune_insee, site_id, period, period_start
)

select * from final;

create unique index stg_counts_periods_pk on analytics.stg_counts_periods (commune_insee, site_id, period, period_start);
create index stg_counts_periods_commune_idx on analytics.stg_counts_periods (commune_insee, period, period_start);
