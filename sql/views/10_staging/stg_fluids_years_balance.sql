-- stg_fluids_years_balance: one row per building and calendar year, all fluids together: the building's
-- fluids bill (operating cost) and its energy, per m² of heated area, beside the median building of its type in
-- the commune, its share of the commune's whole fluids bill and its change on the year before.
-- (../shared/DOMAIN.md, "2. Fluids of public buildings": intensity kWh/m²/year compared with the median of the same
-- building type; "Building balance" of issue 5.)
-- Units: energy in kWh (electricity + gas + heat + fuel oil; corrected = weather-corrected heating, see
-- stg_fluids_monthly), water in m3, costs in EUR TTC, per m² of heated area; shares and changes are fractions.
-- complete: every meter of the building has its 12 months covered; medians and changes use complete years only.
-- Materialized (every ranking, map and building page reads it; the type medians span the whole commune), refreshed
-- after stg_fluids_yearly and after a buildings import; kpi_fluids_building_balance is its public face.
create materialized view analytics.stg_fluids_years_balance as
with per_building as (
  select
    y.commune_insee,
    y.building_id,
    y.year,
    sum(y.quantity) filter (where y.unit = 'kWh') as energy_kwh,
    sum(y.corrected_quantity) filter (where y.unit = 'kWh') as energy_kwh_corrected,
    sum(y.quantity) filter (where y.unit = 'm3') as water_m3,
    sum(y.amount_eur) as cost_eur,
    sum(y.amount_eur) filter (where y.unit = 'kWh') as energy_cost_eur,
    sum(y.amount_eur) filter (where y.unit = 'm3') as water_cost_eur,
    bool_and(y.complete) as complete,
    sum(y.quality_issue_months)::integer as quality_issue_months,
    sum(y.anomalous_months)::integer as anomalous_months,
    count(*)::integer as meters
  from analytics.stg_fluids_yearly y
  group by y.commune_insee, y.building_id, y.year
),

measured as (
  select
    p.*,
    b.name,
    b.type,
    b.quartier_id,
    b.heated_area_m2,
    b.lat,
    b.lon,
    p.energy_kwh_corrected / b.heated_area_m2 as kwh_per_m2,
    p.cost_eur / b.heated_area_m2 as cost_per_m2,
    p.water_m3 / b.heated_area_m2 as water_m3_per_m2,
    sum(p.cost_eur) over (partition by p.commune_insee, p.year) as commune_cost_eur,
    lag(p.energy_kwh_corrected) over previous as previous_energy_kwh_corrected,
    lag(p.cost_eur) over previous as previous_cost_eur,
    lag(p.complete) over previous as previous_complete,
    lag(p.year) over previous as previous_year
  from per_building p
  join buildings b using (commune_insee, building_id)
  window previous as (partition by p.commune_insee, p.building_id order by p.year)
),

type_medians as (
  select commune_insee, type, year,
    percentile_cont(0.5) within group (order by kwh_per_m2)::numeric as type_median_kwh_per_m2,
    percentile_cont(0.5) within group (order by cost_per_m2)::numeric as type_median_cost_per_m2,
    count(*)::integer as type_buildings
  from measured
  where complete and kwh_per_m2 is not null
  group by commune_insee, type, year
),

final as (
  select
    m.commune_insee,
    m.building_id,
    m.name,
    m.type,
    m.quartier_id,
    m.heated_area_m2,
    m.lat,
    m.lon,
    m.year,
    m.complete,
    m.meters,
    round(m.energy_kwh, 3) as energy_kwh,
    round(m.energy_kwh_corrected, 3) as energy_kwh_corrected,
    round(m.water_m3, 3) as water_m3,
    round(m.cost_eur, 2) as cost_eur,
    round(m.energy_cost_eur, 2) as energy_cost_eur,
    round(m.water_cost_eur, 2) as water_cost_eur,
    round(m.kwh_per_m2, 2) as kwh_per_m2,
    round(m.cost_per_m2, 2) as cost_per_m2,
    round(m.water_m3_per_m2, 4) as water_m3_per_m2,
    round(t.type_median_kwh_per_m2, 2) as type_median_kwh_per_m2,
    round(t.type_median_cost_per_m2, 2) as type_median_cost_per_m2,
    t.type_buildings,
    round(m.kwh_per_m2 / nullif(t.type_median_kwh_per_m2, 0), 4) as ratio_to_type_median,
    round(m.cost_eur / nullif(m.commune_cost_eur, 0), 4) as share_of_commune_bill,
    case when m.complete and m.previous_complete and m.previous_year = m.year - 1 then
      round(m.energy_kwh_corrected / nullif(m.previous_energy_kwh_corrected, 0) - 1, 4)
    end as energy_change_vs_previous_year,
    case when m.complete and m.previous_complete and m.previous_year = m.year - 1 then
      round(m.cost_eur / nullif(m.previous_cost_eur, 0) - 1, 4)
    end as cost_change_vs_previous_year,
    m.quality_issue_months,
    m.anomalous_months
  from measured m
  left join type_medians t using (commune_insee, type, year)
)

select * from final;

create unique index stg_fluids_years_balance_pk on analytics.stg_fluids_years_balance (commune_insee, building_id, year);
create index stg_fluids_years_balance_year_idx on analytics.stg_fluids_years_balance (commune_insee, year);
