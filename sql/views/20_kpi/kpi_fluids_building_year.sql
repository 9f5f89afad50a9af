-- kpi_fluids_building_year (computed in the materialized stg_fluids_years_intensity): one row per building, fluid and calendar year.
-- Consumption and cost (bills prorated by days), per m² of heated area, per degree-day, weather-corrected, against
-- the year before and against the median building of the same type (../shared/DOMAIN.md, "2. Fluids of public
-- buildings": intensity in kWh/m²/year or m3/m²/year, compared with the median of the same building type;
-- weather-corrected heating = consumption x normal DJU / actual DJU on the heating share, see stg_fluids_monthly).
-- Units: quantity / corrected_quantity in the meter's unit (kWh or m3); amount_eur in EUR TTC; intensities per m²;
-- quantity_per_dju in kWh per degree-day (heating fluids only); changes and shares are fractions (0.1 = +10 %).
-- Comparisons (change_vs_previous_year, type median) use complete years only (12 months covered by bills).
create view analytics.kpi_fluids_building_year as
with final as (
  select * from analytics.stg_fluids_years_intensity
)

select * from final;
