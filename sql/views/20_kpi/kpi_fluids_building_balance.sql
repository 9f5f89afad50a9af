-- kpi_fluids_building_balance (computed in the materialized stg_fluids_years_balance): one row per building and calendar year, all fluids together: the building's
-- fluids bill (operating cost) and its energy, per m² of heated area, beside the median building of its type in
-- the commune, its share of the commune's whole fluids bill and its change on the year before.
-- (../shared/DOMAIN.md, "2. Fluids of public buildings": intensity kWh/m²/year compared with the median of the same
-- building type; "Building balance" of issue 5.)
-- Units: energy in kWh (electricity + gas + heat + fuel oil; corrected = weather-corrected heating, see
-- stg_fluids_monthly), water in m3, costs in EUR TTC, per m² of heated area; shares and changes are fractions.
-- complete: every meter of the building has its 12 months covered; medians and changes use complete years only.
create view analytics.kpi_fluids_building_balance as
with final as (
  select * from analytics.stg_fluids_years_balance
)

select * from final;
