-- kpi_footfall_alerts (alerts centre, family 'flows', kind 'footfall_drop'): one row per counting site and episode
-- of footfall falling, from the monthly site rows of analytics.kpi_counts_periods (../shared/DOMAIN.md §4, flow
-- counts: year-on-year comparisons, completeness reported, "a counter down is not zero traffic"). Threshold per
-- commune from analytics.stg_alert_thresholds (default 20 %).
-- A month of a site is comparable when at least 80 % of its hours are valid (completeness >= 0.8), the site was
-- followed at least 80 % of the calendar month's days (a month cut by the commune's latest data or by the site's
-- first data is not compared) and it has a complete day (mean_daily_complete). A site-month crosses the threshold
-- when it and the same month a year earlier are both comparable and its mean daily count over complete days fell by
-- at least the threshold (a threshold of 0 means any fall): fall = (1 - mean / mean a year earlier) x 100, in %
-- (1 decimal; 32.0 means -32 %).
-- Every kind of site is watched (pedestrian, bike, car, facility entries).
-- An episode is a run of consecutive crossing months (gaps and islands); it is listed when its last month is one
-- of the commune's last 12 months of counts, and it keeps its true first month even when that is older, so
-- alert_key (footfall_drop|site|first month) stays the same while the episode goes on.
--   value           the fall of the episode's last month, in % (from reference_value to current_value, the month
--                   the street's card and chart end on; it was once the worst fall of the episode: issue 12)
--   current_value   the mean daily count (complete days) of the episode's last month
--   reference_value the same month a year earlier
--   site_kind, zone from counting_sites; months = length of the episode
create view analytics.kpi_footfall_alerts as
with thresholds as (
  select commune_insee, threshold_value
  from analytics.stg_alert_thresholds
  where kind = 'footfall_drop'
),

site_months as (
  select
    p.commune_insee,
    p.site_id,
    p.period_start as month,
    p.mean_daily_complete,
    p.mean_daily_complete is not null
      and p.completeness >= 0.8
      and p.site_days >= 0.8 * extract(day from p.period_start + interval '1 month - 1 day')
      as comparable,
    max(p.period_start) over (partition by p.commune_insee) as commune_last_month
  from analytics.kpi_counts_periods p
  where p.period = 'month' and p.level = 'site'
),

compared as (
  select
    m.*,
    max(m.mean_daily_complete) filter (where m.comparable) over (
      partition by m.commune_insee, m.site_id
      order by m.month
      range between interval '12 months' preceding and interval '12 months' preceding
    ) as mean_year_before
  from site_months m
),

falls as (
  select
    c.*,
    round((1 - c.mean_daily_complete / c.mean_year_before) * 100, 1) as fall_percent
  from compared c
  where c.comparable and c.mean_year_before > 0
),

crossings as (
  select
    f.*,
    t.threshold_value,
    (extract(year from f.month) * 12 + extract(month from f.month))::integer
      - row_number() over (partition by f.commune_insee, f.site_id order by f.month) as island
  from falls f
  join thresholds t on t.commune_insee = f.commune_insee
  where f.fall_percent > 0 and f.fall_percent >= t.threshold_value
),

episodes as (
  select
    commune_insee,
    site_id,
    island,
    min(threshold_value) as threshold_value,
    min(month) as first_month,
    max(month) as last_month,
    max(commune_last_month) as commune_last_month,
    count(*)::integer as months,
    (array_agg(fall_percent order by month desc))[1] as last_fall,
    (array_agg(mean_daily_complete order by month desc))[1] as current_mean,
    (array_agg(mean_year_before order by month desc))[1] as reference_mean
  from crossings
  group by commune_insee, site_id, island
),

final as (
  select
    e.commune_insee,
    concat_ws('|', 'footfall_drop', e.site_id, to_char(e.first_month, 'YYYY-MM')) as alert_key,
    'flows' as family,
    'footfall_drop' as kind,
    e.site_id as subject_id,
    s.name as subject_label,
    q.name as quartier,
    s.street,
    to_char(e.first_month, 'YYYY-MM') as first_month,
    to_char(e.last_month, 'YYYY-MM') as last_month,
    e.last_fall as value,
    '%' as unit,
    e.threshold_value,
    e.reference_mean as reference_value,
    e.current_mean as current_value,
    null::numeric as estimated_cost_eur,
    e.months,
    s.kind as site_kind,
    s.zone
  from episodes e
  join counting_sites s on s.commune_insee = e.commune_insee and s.site_id = e.site_id
  left join quartiers q on q.id = s.quartier_id
  where e.last_month > (e.commune_last_month - interval '12 months')::date
)

select * from final;
