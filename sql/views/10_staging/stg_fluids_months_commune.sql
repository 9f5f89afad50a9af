-- stg_fluids_months_commune: one row per commune, fluid and calendar month: the whole bill of the municipal
-- buildings, prorated by days, the same month a year earlier, the degree-days and the weather-corrected quantity
-- (../shared/DOMAIN.md, "2. Fluids of public buildings"; definitions in stg_fluids_monthly).
-- Units: quantity in kWh (energy fluids) or m3 (water); amount_eur in EUR TTC; dju base 18 °C.
-- meters / complete_meters / meters_missing: how many meters the month counts, how many are fully covered by bills
-- and how many have days no bill covers: a month where meters are missing is flagged, not read as a fall.
-- Materialized (the overview reads it on every visit; it sums every meter of the commune), refreshed right after
-- stg_fluids_monthly; kpi_fluids_commune_month is its public face.
create materialized view analytics.stg_fluids_months_commune as
with final as (
  select
    commune_insee,
    fluid,
    unit,
    month,
    to_char(month, 'YYYY-MM') as month_label,
    year,
    round(sum(quantity), 3) as quantity,
    round(sum(amount_eur), 2) as amount_eur,
    round(sum(corrected_quantity), 3) as corrected_quantity,
    round(sum(quantity_previous_year), 3) as quantity_previous_year,
    round(sum(amount_previous_year), 2) as amount_previous_year,
    max(dju) as dju,
    round(max(dju_normal), 1) as dju_normal,
    count(*)::integer as meters,
    count(*) filter (where complete)::integer as complete_meters,
    count(*) filter (where missing_days > 0)::integer as meters_missing,
    count(*) filter (where anomalous)::integer as anomalous_meters
  from analytics.stg_fluids_monthly
  group by commune_insee, fluid, unit, month, year
)

select * from final;

create unique index stg_fluids_months_commune_pk on analytics.stg_fluids_months_commune (commune_insee, fluid, month);
