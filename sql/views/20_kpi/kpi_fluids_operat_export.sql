-- kpi_fluids_operat_export: one row per building of at least 1,000 m² and complete calendar year: its yearly final
-- energy by energy carrier, in the shape of a yearly consumption declaration on OPERAT, the national platform of the
-- décret tertiaire (one line per "entité fonctionnelle assujettie" and year, one column per energy, kWh final
-- energy, raw: OPERAT applies the climate adjustment itself). ../shared/DOMAIN.md, "2. Fluids of public buildings".
-- The building stands for the EFA (its building_id as the internal identifier), heated area for the tertiary floor
-- area. Units: kWh (gas in kWh PCS as billed), EUR TTC for information. Only complete years (12 months of bills
-- for every energy meter) are exported: a partial year is not a declaration.
create view analytics.kpi_fluids_operat_export as
with per_year as (
  select
    y.commune_insee,
    y.building_id,
    y.year,
    sum(y.quantity) filter (where y.fluid = 'electricity') as electricity_kwh,
    sum(y.quantity) filter (where y.fluid = 'gas') as gas_kwh,
    sum(y.quantity) filter (where y.fluid = 'heat') as district_heat_kwh,
    sum(y.quantity) filter (where y.fluid = 'fuel_oil') as fuel_oil_kwh,
    sum(y.quantity) as total_kwh,
    sum(y.amount_eur) as energy_cost_eur,
    bool_and(y.complete) as complete
  from analytics.stg_fluids_yearly y
  where y.unit = 'kWh'
  group by y.commune_insee, y.building_id, y.year
),

final as (
  select
    p.commune_insee,
    c.siren,
    p.building_id,
    b.name,
    b.address,
    b.type,
    b.heated_area_m2,
    p.year,
    round(coalesce(p.electricity_kwh, 0), 0) as electricity_kwh,
    round(coalesce(p.gas_kwh, 0), 0) as gas_kwh,
    round(coalesce(p.district_heat_kwh, 0), 0) as district_heat_kwh,
    round(coalesce(p.fuel_oil_kwh, 0), 0) as fuel_oil_kwh,
    round(p.total_kwh, 0) as total_kwh,
    round(p.total_kwh / b.heated_area_m2, 1) as kwh_per_m2,
    round(p.energy_cost_eur, 2) as energy_cost_eur
  from per_year p
  join buildings b on b.commune_insee = p.commune_insee and b.building_id = p.building_id
  join communes c on c.insee_code = p.commune_insee
  where p.complete and b.heated_area_m2 >= 1000
)

select * from final;
