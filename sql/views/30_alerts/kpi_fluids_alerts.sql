-- kpi_fluids_alerts (in 30_alerts: it reads the KPI views of 20_kpi, so it is created after them): one row per
-- alert episode: a building, a fluid, a kind and a run of consecutive months
-- (../shared/DOMAIN.md, "2. Fluids of public buildings": alerts worth raising). Kinds:
-- * anomaly: a month far above the building's own history for that month (robust z-score > 3.5 on the same month
--   of up to 5 previous years, after weather correction; see stg_fluids_monthly), for one or two months in a row
--   (one month for water).
-- * leak: water above its history two months in a row or more: a continuous extra flow (base load) that usage does
--   not explain, visible even in the months the building is closed.
-- * step: energy above its history three months in a row or more: a sudden, lasting jump (equipment left on,
--   settings changed).
-- * trajectory: décret tertiaire, the latest complete year's weather-corrected energy is at or above the reference
--   year's (status wrong_way in kpi_fluids_tertiary_trajectory); fluid 'energy', the month is December of that year.
-- * rule: a threshold a finance agent set (fluid_alert_rules) is exceeded, over the 24 months up to the commune's
--   latest complete month: percent = above the same month a year earlier by more than the threshold (weather-
--   corrected quantities, or euros); absolute = above the threshold in the month.
-- * missing_readings: months up to the commune's latest complete month that no bill covers, over the last 24 months;
--   their cost is unknown (null).
-- estimated_cost_eur: the excess over the expected value (robust median, trajectory target or threshold) in
-- EUR TTC at the bill's unit price, summed over the episode's months. month = the episode's last month, since_month
-- = its first. alert_key (kind|building|fluid|first month[|rule]) stays the same while an episode goes on, so an
-- acknowledgement (fluid_alert_acknowledgements) holds until a new episode starts.
create view analytics.kpi_fluids_alerts as
with anomalous_months as (
  select
    commune_insee, building_id, fluid, unit, month, excess_quantity, excess_cost_eur, robust_z,
    (year * 12 + month_of_year) - row_number() over (partition by commune_insee, building_id, fluid order by month) as island
  from analytics.stg_fluids_monthly
  where anomalous
),

anomaly_episodes as (
  select
    commune_insee, building_id, fluid, unit,
    case
      when fluid = 'water' and count(*) >= 2 then 'leak'
      when fluid <> 'water' and count(*) >= 3 then 'step'
      else 'anomaly'
    end as kind,
    null::bigint as rule_id,
    min(month) as since_month,
    max(month) as month,
    count(*)::integer as months,
    sum(excess_quantity) as excess_quantity,
    sum(excess_cost_eur) as estimated_cost_eur,
    round(max(robust_z)::numeric, 2) as score
  from anomalous_months
  group by commune_insee, building_id, fluid, unit, island
),

trajectory_alerts as (
  select
    t.commune_insee, t.building_id, 'energy' as fluid, 'kWh' as unit, 'trajectory' as kind, null::bigint as rule_id,
    make_date(t.year, 1, 1) as since_month,
    make_date(t.year, 12, 1) as month,
    12 as months,
    t.gap_kwh as excess_quantity,
    t.gap_eur as estimated_cost_eur,
    -t.reduction_vs_reference as score
  from (
    select tr.*, max(tr.year) filter (where tr.complete) over (partition by tr.commune_insee, tr.building_id) as latest_complete
    from analytics.kpi_fluids_tertiary_trajectory tr
  ) t
  where t.status = 'wrong_way' and t.year = t.latest_complete
),

rule_months as (
  select
    r.id as rule_id, m.commune_insee, m.building_id, m.fluid, m.unit, m.month, m.year, m.month_of_year, m.unit_price,
    r.measure,
    case when r.measure = 'amount_eur' then m.amount_eur
         when r.threshold_kind = 'percent' then m.corrected_quantity
         else m.quantity end as value,
    case when r.threshold_kind = 'absolute' then r.threshold_value
         when r.measure = 'amount_eur' then m.amount_previous_year * (1 + r.threshold_value / 100)
         else m.corrected_previous_year * (1 + r.threshold_value / 100) end as threshold
  from fluid_alert_rules r
  join buildings b
    on b.commune_insee = r.commune_insee and (b.building_id = r.building_id or b.type = r.building_type)
  join analytics.stg_fluids_monthly m
    on m.commune_insee = b.commune_insee and m.building_id = b.building_id and (r.fluid is null or m.fluid = r.fluid)
  where m.complete and m.month > m.horizon_month - interval '24 months'
),

rule_hits as (
  select
    *,
    (year * 12 + month_of_year) - row_number() over (partition by rule_id, commune_insee, building_id, fluid order by month) as island
  from rule_months
  where value > threshold
),

rule_episodes as (
  select
    commune_insee, building_id, fluid, unit, 'rule' as kind, rule_id,
    min(month) as since_month,
    max(month) as month,
    count(*)::integer as months,
    case when min(measure) = 'quantity' then sum(value - threshold) end as excess_quantity,
    sum(case when measure = 'amount_eur' then value - threshold else (value - threshold) * unit_price end) as estimated_cost_eur,
    round(max(value / nullif(threshold, 0))::numeric, 4) as score
  from rule_hits
  group by commune_insee, building_id, fluid, unit, rule_id, island
),

missing_months as (
  select
    commune_insee, building_id, fluid, unit, month,
    (year * 12 + month_of_year) - row_number() over (partition by commune_insee, building_id, fluid order by month) as island
  from analytics.stg_fluids_monthly
  where has_quality_issue and missing_days > 0 and month > horizon_month - interval '24 months'
),

missing_episodes as (
  select
    commune_insee, building_id, fluid, unit, 'missing_readings' as kind, null::bigint as rule_id,
    min(month) as since_month,
    max(month) as month,
    count(*)::integer as months,
    null::numeric as excess_quantity,
    null::numeric as estimated_cost_eur,
    null::numeric as score
  from missing_months
  group by commune_insee, building_id, fluid, unit, island
),

episodes as (
  select * from anomaly_episodes
  union all
  select * from trajectory_alerts
  union all
  select * from rule_episodes
  union all
  select * from missing_episodes
),

final as (
  select
    concat_ws('|', e.kind, e.building_id, e.fluid, to_char(e.since_month, 'YYYY-MM'), e.rule_id) as alert_key,
    e.commune_insee,
    e.building_id,
    b.name as building_name,
    b.type as building_type,
    b.quartier_id,
    e.fluid,
    e.unit,
    e.kind,
    e.rule_id,
    e.month,
    to_char(e.month, 'YYYY-MM') as month_label,
    e.since_month,
    to_char(e.since_month, 'YYYY-MM') as since_label,
    e.months,
    round(e.excess_quantity, 3) as excess_quantity,
    round(e.estimated_cost_eur, 2) as estimated_cost_eur,
    e.score,
    a.alert_key is not null as acknowledged,
    a.acknowledged_at,
    a.acknowledged_by,
    a.comment
  from episodes e
  join buildings b on b.commune_insee = e.commune_insee and b.building_id = e.building_id
  left join fluid_alert_acknowledgements a
    on a.commune_insee = e.commune_insee
   and a.alert_key = concat_ws('|', e.kind, e.building_id, e.fluid, to_char(e.since_month, 'YYYY-MM'), e.rule_id)
)

select * from final;
