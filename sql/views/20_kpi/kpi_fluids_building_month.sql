-- kpi_fluids_building_month: one row per building, fluid and calendar month: the bill prorated by days, the same
-- month a year earlier, the degree-days and the weather-corrected quantity, the data-quality flags and the robust
-- anomaly score, side by side (../shared/DOMAIN.md, "2. Fluids of public buildings"; definitions in
-- stg_fluids_monthly). Months with no bill are rows with a null quantity and missing_days > 0: gaps stay visible.
-- Units: quantity and corrected_quantity in the meter's unit (kWh or m3); amount_eur in EUR TTC; dju base 18 °C.
-- This is what GET /api/v1/fluids/monthly?building=&fluid= serves (month as 'YYYY-MM').
create view analytics.kpi_fluids_building_month as
with final as (
  select
    m.commune_insee,
    m.building_id,
    m.fluid,
    m.unit,
    m.month,
    to_char(m.month, 'YYYY-MM') as month_label,
    m.year,
    round(m.quantity, 3) as quantity,
    round(m.amount_eur, 2) as amount_eur,
    round(m.quantity_previous_year, 3) as quantity_previous_year,
    round(m.amount_previous_year, 2) as amount_previous_year,
    m.dju,
    round(m.dju_normal, 1) as dju_normal,
    round(m.corrected_quantity, 3) as corrected_quantity,
    m.covered_days,
    m.days_in_month,
    m.missing_days,
    m.overlap_days,
    m.complete,
    m.long_bill,
    m.index_reset,
    m.has_quality_issue,
    array_remove(array[
      case when m.missing_days > 0 then 'missing_readings' end,
      case when m.overlap_days > 0 then 'overlapping_bills' end,
      case when m.long_bill then 'long_bill' end,
      case when m.index_reset then 'index_reset' end
    ], null) as quality_flags,
    round(m.robust_z::numeric, 2) as robust_z,
    m.anomalous,
    m.excess_quantity,
    m.excess_cost_eur
  from analytics.stg_fluids_monthly m
)

select * from final;
