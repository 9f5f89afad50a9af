-- kpi_fluids_tertiary_trajectory (computed in the materialized stg_fluids_years_trajectory): one row per building of at least 1,000 m² and calendar year from its reference
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
create view analytics.kpi_fluids_tertiary_trajectory as
with final as (
  select * from analytics.stg_fluids_years_trajectory
)

select * from final;
