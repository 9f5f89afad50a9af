-- kpi_fluids_commune_year (computed in the materialized stg_fluids_years_commune): one row per commune, fluid and calendar year: consumption and bill of all municipal
-- buildings, weather-corrected, per inhabitant, and the change on the year before (../shared/DOMAIN.md, "2. Fluids
-- of public buildings": communes spend about 45 EUR per inhabitant a year on energy). Besides the five fluids,
-- fluid 'energy' adds up the energy fluids (kWh) and fluid 'all' every fluid (its bill only: units differ).
-- Units: quantity / corrected_quantity in kWh (energy) or m3 (water); amount_eur in EUR TTC; changes are fractions.
-- complete: every meter is covered by bills for the 12 months. Changes are like for like: they compare the meters
-- covered for the whole of both years (comparable_meters of them), so one building's missing month does not hide
-- the trend of all the others, nor a new building read as a rise.
-- anomalies_cost_eur: estimated cost of the anomalous months of the year (excess over the robust baseline).
create view analytics.kpi_fluids_commune_year as
with final as (
  select * from analytics.stg_fluids_years_commune
)

select * from final;
