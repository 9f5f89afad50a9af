-- kpi_fluids_type_year: one row per commune, building type, fluid group and calendar year: what the municipal
-- buildings of one type (schools, gyms, pools...) consume and cost, for everyone to read (no building is named).
-- ../shared/DOMAIN.md, "2. Fluids of public buildings": intensity in kWh/m²/year or m3/m²/year, compared between
-- buildings of the same type.
-- * fluid group: 'energy' (electricity, gas, district heat, fuel oil; kWh final energy), 'water' (m3), 'all' (every
--   fluid: its bill only, units differ).
-- * buildings: buildings of the type billed for the group that year; heated_area_m2: their heated area (buildings
--   without a known area count in buildings, not in the area, nor in the intensities). A meter with no bill at all
--   in the year (a gap up to the commune's latest month) adds nothing but makes the year incomplete; a type and
--   group with no bill in the year has no row.
-- * quantity / corrected_quantity (weather-corrected, heating fluids; see stg_fluids_monthly): kWh or m3, null for
--   'all'; amount_eur: EUR TTC, bills prorated by days.
-- * quantity_per_m2 = corrected_quantity / heated area of the buildings with an area (kWh or m3 per m² a year);
--   amount_per_m2_eur likewise.
-- * complete: every meter of the group is covered by bills for the 12 months of the year.
create view analytics.kpi_fluids_type_year as
with meter_groups as (
  select
    y.commune_insee,
    y.building_id,
    g.fluid_group,
    g.unit,
    y.year,
    y.quantity,
    y.corrected_quantity,
    y.amount_eur,
    y.complete
  from analytics.stg_fluids_yearly y
  cross join lateral (
    values
      (case when y.unit = 'kWh' then 'energy' when y.fluid = 'water' then 'water' end, y.unit),
      ('all', null)
  ) as g (fluid_group, unit)
  where g.fluid_group is not null
),

building_groups as (
  select
    m.commune_insee,
    m.building_id,
    b.type,
    b.heated_area_m2,
    m.fluid_group,
    m.unit,
    m.year,
    sum(m.quantity) as quantity,
    sum(m.corrected_quantity) as corrected_quantity,
    sum(m.amount_eur) as amount_eur,
    bool_and(m.complete) as complete,
    bool_or(m.amount_eur is not null or m.quantity is not null) as billed
  from meter_groups m
  join buildings b on b.commune_insee = m.commune_insee and b.building_id = m.building_id
  group by m.commune_insee, m.building_id, b.type, b.heated_area_m2, m.fluid_group, m.unit, m.year
),

final as (
  select
    commune_insee,
    type,
    fluid_group,
    unit,
    year,
    count(*) filter (where billed)::integer as buildings,
    sum(heated_area_m2) filter (where billed) as heated_area_m2,
    case when fluid_group <> 'all' then round(sum(quantity), 3) end as quantity,
    case when fluid_group <> 'all' then round(sum(corrected_quantity), 3) end as corrected_quantity,
    round(sum(amount_eur), 2) as amount_eur,
    case when fluid_group <> 'all' then
      round(
        sum(corrected_quantity) filter (where billed and heated_area_m2 > 0)
          / nullif(sum(heated_area_m2) filter (where billed and heated_area_m2 > 0), 0),
        2
      )
    end as quantity_per_m2,
    round(
      sum(amount_eur) filter (where billed and heated_area_m2 > 0)
        / nullif(sum(heated_area_m2) filter (where billed and heated_area_m2 > 0), 0),
      2
    ) as amount_per_m2_eur,
    bool_and(complete) as complete
  from building_groups
  group by commune_insee, type, fluid_group, unit, year
  having bool_or(billed)
)

select * from final;
