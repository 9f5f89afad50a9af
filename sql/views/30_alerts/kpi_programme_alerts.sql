-- kpi_programme_alerts (alerts centre, family 'budget'): one row per multi-year programme (AP/CP) and alert kind
-- it raises, from analytics.kpi_budget_programmes (../shared/DOMAIN.md §1, "Programmes (AP/CP)": AP voted, CP
-- consumed, planned vs expected end date, slippage). Thresholds per commune from analytics.stg_alert_thresholds
-- (defaults: programme_overrun 0 %, programme_slippage 6 months). Kinds:
-- * programme_overrun: the CP executed to date, or the CP planned over the programme's life, exceed the AP, by at
--   least the threshold. value = (max(CP executed to date, CP planned in all) - AP) / AP x 100, in % (2 decimals);
--   reference_value = the AP, current_value = that max, estimated_cost_eur = current - reference (euros: the AP
--   revision the council would have to vote). Whatever the programme's status: a done programme that overran its
--   AP still needs the AP revised. Programmes with an AP of 0 are left out (no ratio).
-- * programme_slippage: the expected end date is after the planned end date, by at least the threshold, and the
--   programme is not done. value = slippage_months (days / 30.4375, 1 decimal); no reference, current or cost.
-- An alert is raised when the value, as shown (rounded), reaches the threshold and is positive (value >= threshold
-- and value > 0): a threshold of 0 means any overrun of at least 0.01 % of the AP, any delay of at least 0.1 month
-- (a cent of rounding between the CP and the AP is not an overrun).
-- A programme has no episodes: first_month and last_month are null and alert_key = kind|programme_id.
create view analytics.kpi_programme_alerts as
with thresholds as (
  select commune_insee, kind, threshold_value
  from analytics.stg_alert_thresholds
  where family = 'budget'
),

programmes as (
  select
    p.*,
    greatest(p.cp_executed_to_date, p.cp_planned_total) as cp_highest
  from analytics.kpi_budget_programmes p
),

overruns as (
  select
    p.commune_insee,
    'programme_overrun' as kind,
    p.programme_id,
    p.name,
    p.status,
    p.quartier,
    p.street,
    round((p.cp_highest - p.ap_amount_eur) / p.ap_amount_eur * 100, 2) as value,
    p.ap_amount_eur as reference_value,
    p.cp_highest as current_value,
    p.cp_highest - p.ap_amount_eur as estimated_cost_eur
  from programmes p
  where p.ap_amount_eur > 0
),

slippages as (
  select
    p.commune_insee,
    'programme_slippage' as kind,
    p.programme_id,
    p.name,
    p.status,
    p.quartier,
    p.street,
    p.slippage_months as value,
    null::numeric as reference_value,
    null::numeric as current_value,
    null::numeric as estimated_cost_eur
  from programmes p
  where p.status <> 'done'
),

candidates as (
  select * from overruns
  union all
  select * from slippages
),

final as (
  select
    c.commune_insee,
    concat_ws('|', c.kind, c.programme_id) as alert_key,
    'budget' as family,
    c.kind,
    c.programme_id as subject_id,
    c.name as subject_label,
    c.quartier,
    c.street,
    null::text as first_month,
    null::text as last_month,
    c.value,
    case c.kind when 'programme_overrun' then '%' else 'months' end as unit,
    t.threshold_value,
    c.reference_value,
    c.current_value,
    c.estimated_cost_eur,
    c.status as programme_status
  from candidates c
  join thresholds t on t.commune_insee = c.commune_insee and t.kind = c.kind
  where c.value > 0 and c.value >= t.threshold_value
)

select * from final;
