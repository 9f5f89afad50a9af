-- stg_fluids_years_intensity: one row per building, fluid and calendar year.
-- Consumption and cost (bills prorated by days), per m² of heated area, per degree-day, weather-corrected, against
-- the year before and against the median building of the same type (../shared/DOMAIN.md, "2. Fluids of public
-- buildings": intensity in kWh/m²/year or m3/m²/year, compared with the median of the same building type;
-- weather-corrected heating = consumption x normal DJU / actual DJU on the heating share, see stg_fluids_monthly).
-- Units: quantity / corrected_quantity in the meter's unit (kWh or m3); amount_eur in EUR TTC; intensities per m²;
-- quantity_per_dju in kWh per degree-day (heating fluids only); changes and shares are fractions (0.1 = +10 %).
-- Comparisons (change_vs_previous_year, type median) use complete years only (12 months covered by bills).
-- Materialized (the type medians span the whole commune), refreshed after stg_fluids_yearly and after a buildings
-- import; kpi_fluids_building_year is its public face.
create materialized view analytics.stg_fluids_years_intensity as
with measured as (
  select
    y.*,
    b.name,
    b.type,
    b.quartier_id,
    b.heated_area_m2,
    y.quantity / b.heated_area_m2 as intensity_per_m2,
    y.corrected_quantity / b.heated_area_m2 as corrected_intensity_per_m2,
    case when y.fluid in ('gas', 'heat', 'fuel_oil') then y.quantity / nullif(y.dju, 0) end as quantity_per_dju,
    lag(y.corrected_quantity) over previous as previous_corrected_quantity,
    lag(y.amount_eur) over previous as previous_amount_eur,
    lag(y.complete) over previous as previous_complete,
    lag(y.year) over previous as previous_year
  from analytics.stg_fluids_yearly y
  join buildings b using (commune_insee, building_id)
  window previous as (partition by y.commune_insee, y.building_id, y.fluid order by y.year)
),

type_medians as (
  select y.commune_insee, b.type, y.fluid, y.year,
    percentile_cont(0.5) within group (order by y.corrected_quantity / b.heated_area_m2)::numeric as type_median_intensity_per_m2,
    count(*)::integer as type_buildings
  from analytics.stg_fluids_yearly y
  join buildings b using (commune_insee, building_id)
  where y.complete and b.heated_area_m2 is not null
  group by y.commune_insee, b.type, y.fluid, y.year
),

fluid_totals as (
  select commune_insee, fluid, year, sum(amount_eur) as commune_fluid_amount_eur
  from analytics.stg_fluids_yearly
  group by commune_insee, fluid, year
),

final as (
  select
    m.commune_insee,
    m.building_id,
    m.name,
    m.type,
    m.quartier_id,
    m.heated_area_m2,
    m.fluid,
    m.unit,
    m.year,
    round(m.quantity, 3) as quantity,
    round(m.amount_eur, 2) as amount_eur,
    round(m.corrected_quantity, 3) as corrected_quantity,
    m.complete,
    m.complete_months,
    m.missing_days,
    m.quality_issue_months,
    m.anomalous_months,
    m.dju,
    round(m.dju_normal, 1) as dju_normal,
    round(m.heating_slope::numeric, 3) as heating_slope_per_dju,
    round(m.quantity_per_dju, 3) as quantity_per_dju,
    round(m.intensity_per_m2, 3) as intensity_per_m2,
    round(m.corrected_intensity_per_m2, 3) as corrected_intensity_per_m2,
    round(t.type_median_intensity_per_m2, 3) as type_median_intensity_per_m2,
    t.type_buildings,
    round(m.corrected_intensity_per_m2 / nullif(t.type_median_intensity_per_m2, 0), 4) as ratio_to_type_median,
    case when m.complete and m.previous_complete and m.previous_year = m.year - 1 then
      round(m.corrected_quantity / nullif(m.previous_corrected_quantity, 0) - 1, 4)
    end as change_vs_previous_year,
    case when m.complete and m.previous_complete and m.previous_year = m.year - 1 then
      round(m.amount_eur / nullif(m.previous_amount_eur, 0) - 1, 4)
    end as amount_change_vs_previous_year,
    round(m.amount_eur / nullif(f.commune_fluid_amount_eur, 0), 4) as share_of_fluid_bill
  from measured m
  left join type_medians t on t.commune_insee = m.commune_insee and t.type = m.type and t.fluid = m.fluid and t.year = m.year
  left join fluid_totals f on f.commune_insee = m.commune_insee and f.fluid = m.fluid and f.year = m.year
)

select * from final;

create unique index stg_fluids_years_intensity_pk on analytics.stg_fluids_years_intensity (commune_insee, building_id, fluid, year);
