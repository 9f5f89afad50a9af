-- stg_fluids_years_trajectory: one row per building of at least 1,000 m² and calendar year from its reference
-- year on: where its final energy use stands on the décret tertiaire trajectory (décret n° 2019-771, "Éco Énergie
-- Tertiaire"; ../shared/DOMAIN.md, "2. Fluids of public buildings").
-- * energy: electricity + gas + district heat + fuel oil, kWh final energy, weather-corrected to the normal DJU
--   (heating fluids, see stg_fluids_monthly), as OPERAT adjusts for the climate. Water is not energy.
-- * reference year: the year chosen for the building (buildings.tertiary_reference_year, 2010-2019); otherwise the
--   complete year (12 months of bills for every energy meter) of 2010-2019 with the highest corrected energy (the
--   décret lets the owner choose, and owners choose the highest); when the bills start after 2019, the highest of
--   the first three complete years, a provisional choice that keeps one atypical year (2020) from setting the bar
--   (reference_source: chosen, highest_2010_2019 or provisional).
-- * trajectory: 100 % in the reference year, -40 % in 2030, -50 % in 2040, -60 % in 2050, straight lines in between
--   (the décret sets the milestones; the straight path is the usual way to follow them year by year).
-- * gap_kwh = corrected energy - trajectory target of the year (> 0 = above the path); gap_eur = gap_kwh x the
--   building's average energy price that year (EUR TTC per kWh).
-- * status: on_track (at or below the path), behind (below the reference year but above the path), wrong_way (at or
--   above the reference year: consumption has not fallen at all). Complete years only; incomplete years are listed
--   with a null status. Heated area stands for the tertiary floor area.
-- Materialized (read by the décret tertiaire pages and by every alerts request), refreshed after stg_fluids_yearly and
-- after a buildings import (heated area, reference year); kpi_fluids_tertiary_trajectory is its public face.
create materialized view analytics.stg_fluids_years_trajectory as
with energy_years as (
  select
    commune_insee,
    building_id,
    year,
    sum(quantity) as energy_kwh,
    sum(corrected_quantity) as energy_kwh_corrected,
    sum(amount_eur) as energy_cost_eur,
    bool_and(complete) as complete
  from analytics.stg_fluids_yearly
  where unit = 'kWh' and quantity is not null
  group by commune_insee, building_id, year
),

complete_years as (
  select
    e.commune_insee, e.building_id, e.year, e.energy_kwh_corrected,
    row_number() over per_building as rank_in_time,
    bool_or(e.year between 2010 and 2019) over (partition by e.commune_insee, e.building_id) as has_2010_2019
  from energy_years e
  where e.complete
  window per_building as (partition by e.commune_insee, e.building_id order by e.year)
),

candidate as (
  -- the highest complete year of 2010-2019, or of the first three complete years when there is none
  select distinct on (commune_insee, building_id) commune_insee, building_id, year
  from complete_years
  where year between 2010 and 2019 or (not has_2010_2019 and rank_in_time <= 3)
  order by commune_insee, building_id, energy_kwh_corrected desc, year
),

reference as (
  select
    b.commune_insee, b.building_id, b.name, b.type, b.quartier_id, b.heated_area_m2,
    coalesce(b.tertiary_reference_year, c.year) as reference_year,
    case
      when b.tertiary_reference_year is not null then 'chosen'
      when c.year between 2010 and 2019 then 'highest_2010_2019'
      when c.year is not null then 'provisional'
    end as reference_source
  from buildings b
  left join candidate c using (commune_insee, building_id)
  where b.heated_area_m2 >= 1000
),

with_reference as (
  select
    r.*,
    ref.energy_kwh_corrected as reference_kwh,
    e.year,
    e.energy_kwh,
    e.energy_kwh_corrected,
    e.energy_cost_eur,
    e.complete,
    -- share of the reference the trajectory allows in year e.year
    case
      when e.year <= r.reference_year then 1.0
      when e.year <= 2030 then 1.0 - 0.4 * (e.year - r.reference_year) / greatest(2030 - r.reference_year, 1)
      when e.year <= 2040 then 0.6 - 0.1 * (e.year - 2030) / 10.0
      when e.year <= 2050 then 0.5 - 0.1 * (e.year - 2040) / 10.0
      else 0.4
    end as path_factor
  from reference r
  join energy_years e using (commune_insee, building_id)
  left join energy_years ref
    on ref.commune_insee = r.commune_insee and ref.building_id = r.building_id and ref.year = r.reference_year and ref.complete
  where e.year >= r.reference_year
),

final as (
  select
    commune_insee,
    building_id,
    name,
    type,
    quartier_id,
    heated_area_m2,
    reference_year,
    reference_source,
    round(reference_kwh, 3) as reference_kwh,
    year,
    complete,
    round(energy_kwh, 3) as energy_kwh,
    round(energy_kwh_corrected, 3) as energy_kwh_corrected,
    round(energy_kwh_corrected / heated_area_m2, 2) as kwh_per_m2_corrected,
    round(energy_cost_eur, 2) as energy_cost_eur,
    round(path_factor, 4) as path_factor,
    round(reference_kwh * path_factor, 3) as target_kwh,
    round(reference_kwh * 0.6, 3) as target_2030_kwh,
    round(reference_kwh * 0.5, 3) as target_2040_kwh,
    round(reference_kwh * 0.4, 3) as target_2050_kwh,
    case when complete then round(1 - energy_kwh_corrected / nullif(reference_kwh, 0), 4) end as reduction_vs_reference,
    case when complete then round(energy_kwh_corrected - reference_kwh * path_factor, 3) end as gap_kwh,
    case when complete then
      round((energy_kwh_corrected - reference_kwh * path_factor) * energy_cost_eur / nullif(energy_kwh, 0), 2)
    end as gap_eur,
    case
      when not complete or reference_kwh is null then null
      when energy_kwh_corrected <= reference_kwh * path_factor then 'on_track'
      when energy_kwh_corrected < reference_kwh then 'behind'
      else 'wrong_way'
    end as status
  from with_reference
)

select * from final;

create unique index stg_fluids_years_trajectory_pk on analytics.stg_fluids_years_trajectory (commune_insee, building_id, year);
create index stg_fluids_years_trajectory_year_idx on analytics.stg_fluids_years_trajectory (commune_insee, year);
