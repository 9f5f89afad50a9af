-- kpi_alerts (in 40_alerts_centre: it reads the alert views of 30_alerts, and views are created in path order):
-- the alerts centre's list beside the fluids alerts (docs/alerts.md): one row per alert of the budget
-- (kpi_programme_alerts: programme_overrun, programme_slippage), commerce (kpi_vacancy_alerts: vacancy_spike) and
-- flows (kpi_footfall_alerts: footfall_drop) families, with the common columns:
--   alert_key        kind|subject_id|first month (programmes: kind|programme_id), stable while the episode goes on
--   subject_id       programme_id, street or counting site id; subject_label its name
--   first_month, last_month   'YYYY-MM' of the episode (null for programmes)
--   value, unit      % (overrun, footfall fall), months (slippage) or percentage points (vacancy rise)
--   threshold_value  the commune's threshold in force (analytics.stg_alert_thresholds: defaults 0 %, 6 months,
--                    5 points, 20 %)
--   reference_value, current_value   AP and CP (euros), vacancy rate 12 months before and now (fractions), mean
--                    daily count a year before and now; null for slippage
--   estimated_cost_eur   overrun only: CP above the AP, euros
--   severity         'high' when value >= 2 x threshold, or, for a threshold of 0, when value > 10; else 'medium'
--   status           'acknowledged' when an agent acknowledged the key (alert_acknowledgements), else 'open';
--                    acknowledged_by, acknowledged_at, comment
-- Units and definitions: ../shared/DOMAIN.md §1 (AP/CP), §3 (vacancy), §4 (flow counts).
create view analytics.kpi_alerts as
with alerts as (
  select
    commune_insee, alert_key, family, kind, subject_id, subject_label, quartier, street, first_month, last_month,
    value, unit, threshold_value, reference_value, current_value, estimated_cost_eur
  from analytics.kpi_programme_alerts
  union all
  select
    commune_insee, alert_key, family, kind, subject_id, subject_label, quartier, street, first_month, last_month,
    value, unit, threshold_value, reference_value, current_value, estimated_cost_eur
  from analytics.kpi_vacancy_alerts
  union all
  select
    commune_insee, alert_key, family, kind, subject_id, subject_label, quartier, street, first_month, last_month,
    value, unit, threshold_value, reference_value, current_value, estimated_cost_eur
  from analytics.kpi_footfall_alerts
),

final as (
  select
    a.commune_insee,
    a.alert_key,
    a.family,
    a.kind,
    a.subject_id,
    a.subject_label,
    a.quartier,
    a.street,
    a.first_month,
    a.last_month,
    a.value,
    a.unit,
    a.threshold_value,
    a.reference_value,
    a.current_value,
    a.estimated_cost_eur,
    case
      when a.threshold_value = 0 and a.value > 10 then 'high'
      when a.threshold_value > 0 and a.value >= 2 * a.threshold_value then 'high'
      else 'medium'
    end as severity,
    case when k.alert_key is null then 'open' else 'acknowledged' end as status,
    k.acknowledged_by,
    k.acknowledged_at,
    k.comment
  from alerts a
  left join alert_acknowledgements k on k.commune_insee = a.commune_insee and k.alert_key = a.alert_key
)

select * from final;
