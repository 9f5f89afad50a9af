-- kpi_fluids_data_quality: one row per building, fluid and calendar month whose figures a data-quality problem
-- affects, with each flag and what it means in days (../shared/DOMAIN.md, "2. Fluids of public buildings": flag gaps,
-- overlaps and bills longer than 65 days, the EPA Portfolio Manager rule; meter index resets).
-- * missing_readings: missing_days of the month no bill covers (up to the commune's latest complete month);
-- * overlapping_bills: overlap_days billed twice by overlapping bills (both are counted in the figures);
-- * long_bill: a bill touching the month is longer than 65 days, so its split over the months is an estimate;
-- * index_reset: the meter was reset or replaced (the bill says so, or its index goes backwards).
-- Units: days; quantity in the meter's unit (kWh or m3) as prorated, so the affected figure is shown beside its flag.
create view analytics.kpi_fluids_data_quality as
with final as (
  select
    m.commune_insee,
    m.building_id,
    b.name as building_name,
    b.type as building_type,
    m.fluid,
    m.unit,
    m.month,
    to_char(m.month, 'YYYY-MM') as month_label,
    m.year,
    round(m.quantity, 3) as quantity,
    m.bills,
    m.covered_days,
    m.days_in_month,
    m.missing_days,
    m.overlap_days,
    m.long_bill,
    m.index_reset,
    array_remove(array[
      case when m.missing_days > 0 then 'missing_readings' end,
      case when m.overlap_days > 0 then 'overlapping_bills' end,
      case when m.long_bill then 'long_bill' end,
      case when m.index_reset then 'index_reset' end
    ], null) as quality_flags
  from analytics.stg_fluids_monthly m
  join buildings b on b.commune_insee = m.commune_insee and b.building_id = m.building_id
  where m.has_quality_issue
)

select * from final;
