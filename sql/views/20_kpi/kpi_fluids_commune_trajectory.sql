-- kpi_fluids_commune_trajectory: one row per commune and calendar year: where the commune's buildings subject to the
-- décret tertiaire (at least 1,000 m²) stand, together, on their trajectory: the public face of
-- kpi_fluids_tertiary_trajectory (décret n° 2019-771; ../shared/DOMAIN.md, "2. Fluids of public buildings").
-- * buildings_concerned: buildings of at least 1,000 m² with energy bills that year (from their reference year on);
--   buildings_counted: those whose year is complete and whose reference year is known: the sums below add up these
--   only, each building with its own reference year and path (the commune's obligation is the sum of its buildings').
-- * reference_kwh, energy_kwh_corrected (weather-corrected final energy), target_kwh (the path of the year),
--   target_2030/2040/2050_kwh: sums over the counted buildings, kWh.
-- * reduction_vs_reference = 1 - energy / reference; path_reduction = 1 - target / reference (what the path asks
--   that year); fractions (0.25 = -25 %).
-- * status of the commune: on_track (energy at or below the summed path), behind (below the summed reference, above
--   the path), wrong_way (at or above the reference); null when no building is counted. buildings_on_track,
--   buildings_behind, buildings_wrong_way: the counted buildings by their own status.
create view analytics.kpi_fluids_commune_trajectory as
with counted as (
  select *
  from analytics.stg_fluids_years_trajectory
  where complete and reference_kwh is not null
),

concerned as (
  select commune_insee, year, count(*)::integer as buildings_concerned
  from analytics.stg_fluids_years_trajectory
  group by commune_insee, year
),

sums as (
  select
    commune_insee,
    year,
    count(*)::integer as buildings_counted,
    sum(reference_kwh) as reference_kwh,
    sum(energy_kwh_corrected) as energy_kwh_corrected,
    sum(target_kwh) as target_kwh,
    sum(target_2030_kwh) as target_2030_kwh,
    sum(target_2040_kwh) as target_2040_kwh,
    sum(target_2050_kwh) as target_2050_kwh,
    count(*) filter (where status = 'on_track')::integer as buildings_on_track,
    count(*) filter (where status = 'behind')::integer as buildings_behind,
    count(*) filter (where status = 'wrong_way')::integer as buildings_wrong_way
  from counted
  group by commune_insee, year
),

final as (
  select
    c.commune_insee,
    c.year,
    c.buildings_concerned,
    coalesce(s.buildings_counted, 0) as buildings_counted,
    round(s.reference_kwh, 3) as reference_kwh,
    round(s.energy_kwh_corrected, 3) as energy_kwh_corrected,
    round(s.target_kwh, 3) as target_kwh,
    round(s.target_2030_kwh, 3) as target_2030_kwh,
    round(s.target_2040_kwh, 3) as target_2040_kwh,
    round(s.target_2050_kwh, 3) as target_2050_kwh,
    round(1 - s.energy_kwh_corrected / nullif(s.reference_kwh, 0), 4) as reduction_vs_reference,
    round(1 - s.target_kwh / nullif(s.reference_kwh, 0), 4) as path_reduction,
    case
      when s.reference_kwh is null then null
      when s.energy_kwh_corrected <= s.target_kwh then 'on_track'
      when s.energy_kwh_corrected < s.reference_kwh then 'behind'
      else 'wrong_way'
    end as status,
    coalesce(s.buildings_on_track, 0) as buildings_on_track,
    coalesce(s.buildings_behind, 0) as buildings_behind,
    coalesce(s.buildings_wrong_way, 0) as buildings_wrong_way
  from concerned c
  left join sums s on s.commune_insee = c.commune_insee and s.year = c.year
)

select * from final;
