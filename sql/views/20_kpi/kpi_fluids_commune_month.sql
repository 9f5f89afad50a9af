-- kpi_fluids_commune_month (summed in the materialized stg_fluids_months_commune): one row per commune, fluid and calendar month: the whole bill of the municipal
-- buildings, prorated by days, the same month a year earlier, the degree-days and the weather-corrected quantity
-- (../shared/DOMAIN.md, "2. Fluids of public buildings"; definitions in stg_fluids_monthly).
-- Units: quantity in kWh (energy fluids) or m3 (water); amount_eur in EUR TTC; dju base 18 °C.
-- meters / complete_meters / meters_missing: how many meters the month counts, how many are fully covered by bills
-- and how many have days no bill covers: a month where meters are missing is flagged, not read as a fall.
create view analytics.kpi_fluids_commune_month as
with final as (
  select * from analytics.stg_fluids_months_commune
)

select * from final;
