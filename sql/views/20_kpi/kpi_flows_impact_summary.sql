-- kpi_flows_impact_summary(p_commune, p_sites, p_controls, p_start, p_end, p_window_days): the impact analysis in
-- one row per period ('before', 'during', 'after'), from kpi_flows_impact_daily. DOMAIN.md §4, flow counts:
-- before / during / after against control sites outside the zone (difference-in-differences), against the same
-- days a year earlier, and how many days the comparison rests on.
--   days / days_compared       days in the period / days where both the zone and the controls have an index
--   zone_mean_daily            mean daily count of the zone over the days all its panel sites are complete
--   zone_change / control_change   mean index of the period / mean index before - 1 (fraction; null before)
--   effect                     the zone's own effect, difference-in-differences on the daily log ratio:
--                              exp(mean log ratio of the period - mean log ratio before) - 1
--   effect_low / effect_high   its 95 % interval (normal approximation on the daily log ratios, days taken as
--                              independent: indicative)
--   change_vs_last_year        zone counts of the period / the same weekdays a year earlier - 1, over site-days
--                              complete on both sides (days_vs_last_year of them)
create function analytics.kpi_flows_impact_summary(
  p_commune text, p_sites text[], p_controls text[], p_start date, p_end date, p_window_days integer
)
returns table (
  commune_insee text,
  period text,
  first_day date,
  last_day date,
  days integer,
  days_compared integer,
  zone_mean_daily numeric,
  control_sites integer,
  zone_change numeric,
  control_change numeric,
  effect numeric,
  effect_low numeric,
  effect_high numeric,
  change_vs_last_year numeric,
  days_vs_last_year integer
)
language sql stable as $$
with daily as (
  select * from analytics.kpi_flows_impact_daily(p_commune, p_sites, p_controls, p_start, p_end, p_window_days)
),

periods as (
  select
    period,
    min(day) as first_day,
    max(day) as last_day,
    count(*)::integer as days,
    (count(log_ratio))::integer as days_compared,
    avg(zone_count) filter (where zone_sites = zone_panel_sites and zone_panel_sites > 0) as zone_mean_daily,
    max(control_sites) as control_sites,
    avg(zone_index) as zone_index,
    avg(control_index) as control_index,
    avg(log_ratio) as mean_log_ratio,
    var_samp(log_ratio) as var_log_ratio,
    sum(zone_count_matched) as matched,
    sum(zone_count_last_year) as last_year,
    (count(zone_count_last_year))::integer as days_vs_last_year
  from daily
  group by period
),

compared as (
  select
    p.*,
    b.zone_index as zone_index_before,
    b.control_index as control_index_before,
    p.mean_log_ratio - b.mean_log_ratio as log_effect,
    sqrt(p.var_log_ratio / nullif(p.days_compared, 0) + b.var_log_ratio / nullif(b.days_compared, 0)) as log_se
  from periods p
  cross join (select * from periods where period = 'before') b
),

final as (
  select
    p_commune as commune_insee,
    period,
    first_day,
    last_day,
    days,
    days_compared,
    round(zone_mean_daily, 1) as zone_mean_daily,
    control_sites,
    case when period <> 'before' then round(zone_index / nullif(zone_index_before, 0) - 1, 4) end as zone_change,
    case when period <> 'before' then round(control_index / nullif(control_index_before, 0) - 1, 4) end
      as control_change,
    case when period <> 'before' then round(exp(log_effect) - 1, 4) end as effect,
    case when period <> 'before' then round(exp(log_effect - 1.96 * log_se) - 1, 4) end as effect_low,
    case when period <> 'before' then round(exp(log_effect + 1.96 * log_se) - 1, 4) end as effect_high,
    round(matched::numeric / nullif(last_year, 0) - 1, 4) as change_vs_last_year,
    days_vs_last_year
  from compared
)

select * from final
order by case period when 'before' then 1 when 'during' then 2 else 3 end
$$;
