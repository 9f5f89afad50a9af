-- kpi_catalogue: every headline figure a card, a sentence, the brief, the presentation or an alert list shows,
-- defined once, with its judgment beside it (docs/adr/0012-kpi-catalogue.md). One row per commune, indicator,
-- subject (null for the commune as a whole; the street for street_footfall) and year. Pages and the API read these
-- rows (GET /api/v1/kpis) and format them; they never judge or recompute them.
--   family, indicator, label   budget | fluids | commerce | flows | alerts; a stable code; its French label (which
--                      says "corrigée du climat" when weather_corrected)
--   period_kind        'year' (a flow summed over the months covered), 'month' (one calendar month) or 'date' (a
--                      stock at period_end)
--   period_start, period_end, months_covered   the months the figure covers: January to the latest month with
--                      data for the year in progress ("janv.–oct. 2026"); complete: the whole calendar period
--   value, unit        EUR, kWh, fraction (0.123 = 12.3 %), years, count, per_day
--   comparison_value, comparison_start, comparison_end   the same months of the year before (a partial year is
--                      never compared with a full one); null when the year before lacks any of them
--   change, change_kind   'relative' for amounts (value / comparison - 1, a fraction) or 'points' for rates (value -
--                      comparison, a difference of fractions: 0.012 = 1.2 points): never mixed
--   status             'ok' | 'watch' | 'alert', or null for an indicator nobody judges: the judged figure (the value,
--                      or the change for fluids_cost) strictly past watch_threshold / threshold in the direction of
--                      the danger (analytics.stg_kpi_thresholds); the open-alert counts and a debt that no savings
--                      repay are judged by their part (status_override)
--   threshold, watch_threshold, threshold_direction, threshold_judged_on, threshold_source   the levels in force,
--                      'below' | 'above', 'value' | 'change', 'commune' (the commune's alert_thresholds row) | 'default'
--   weather_corrected  the figure is corrected with the degree-days; is_public: readable without an account
create view analytics.kpi_catalogue as
with parts as (
  select * from analytics.kpi_catalogue_budget
  union all
  select * from analytics.kpi_catalogue_fluids
  union all
  select * from analytics.kpi_catalogue_commerce
  union all
  select * from analytics.kpi_catalogue_flows
  union all
  select * from analytics.kpi_catalogue_alerts
),

changed as (
  select
    p.*,
    (extract(year from p.period_end) * 12 + extract(month from p.period_end))::integer
      - (extract(year from p.period_start) * 12 + extract(month from p.period_start))::integer + 1 as months_covered,
    case
      when p.period_kind = 'month' then true
      else p.period_start = make_date(p.year, 1, 1) and p.period_end = make_date(p.year, 12, 31)
    end as complete,
    case
      when p.value is null or p.comparison_value is null then null
      when p.change_kind = 'points' then round(p.value - p.comparison_value, 4)
      when p.change_kind = 'relative' then round(p.value / nullif(p.comparison_value, 0) - 1, 4)
    end as change
  from parts p
),

final as (
  select
    c.commune_insee,
    c.family,
    c.indicator,
    c.label,
    c.subject_id,
    c.subject_label,
    c.year,
    c.period_kind,
    c.period_start,
    c.period_end,
    c.months_covered,
    c.complete,
    c.value,
    c.unit,
    c.comparison_value,
    c.comparison_start,
    c.comparison_end,
    c.change,
    case when c.change is not null then c.change_kind end as change_kind,
    coalesce(c.status_override, judged.status) as status,
    t.alert_value as threshold,
    t.watch_value as watch_threshold,
    t.direction as threshold_direction,
    t.judged_on as threshold_judged_on,
    t.source as threshold_source,
    c.weather_corrected,
    c.is_public,
    array_position(array['budget', 'fluids', 'commerce', 'flows', 'alerts'], c.family) * 100 + c.sort_order
      as sort_order
  from changed c
  left join analytics.stg_kpi_thresholds t on t.commune_insee = c.commune_insee and t.indicator = c.indicator
  cross join lateral (
    select case when t.judged_on = 'change' then c.change else c.value end as figure
  ) as j
  cross join lateral (
    select case
      when t.indicator is null or j.figure is null then null
      when t.direction = 'below' and j.figure < t.alert_value then 'alert'
      when t.direction = 'below' and j.figure < t.watch_value then 'watch'
      when t.direction = 'above' and j.figure > t.alert_value then 'alert'
      when t.direction = 'above' and j.figure > t.watch_value then 'watch'
      else 'ok'
    end as status
  ) as judged
)

select * from final;
