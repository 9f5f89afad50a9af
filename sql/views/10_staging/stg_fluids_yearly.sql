-- stg_fluids_yearly: one row per meter (building and fluid) and calendar year, summing stg_fluids_monthly.
-- Materialized (refreshed right after stg_fluids_monthly) so that rankings, type medians and the décret tertiaire
-- trajectory read a few thousand rows instead of every month.
-- Units: quantity and corrected_quantity in the meter's unit (kWh or m3), amount_eur in EUR TTC, dju in degree-days.
-- complete: the 12 months of the year are fully covered by bills (a year is compared with another only when both
-- are complete). corrected_quantity: weather-corrected to the normal DJU (heating fluids only, see
-- stg_fluids_monthly; ../shared/DOMAIN.md, "2. Fluids of public buildings").
create materialized view analytics.stg_fluids_yearly as
with final as (
  select
    commune_insee,
    building_id,
    fluid,
    unit,
    year,
    sum(quantity) as quantity,
    sum(amount_eur) as amount_eur,
    sum(corrected_quantity) as corrected_quantity,
    count(*) filter (where complete)::integer as complete_months,
    count(*) filter (where complete) = 12 as complete,
    sum(missing_days)::integer as missing_days,
    count(*) filter (where has_quality_issue)::integer as quality_issue_months,
    sum(dju) as dju,
    sum(dju_normal) as dju_normal,
    max(heating_slope) as heating_slope,
    count(*) filter (where anomalous)::integer as anomalous_months,
    coalesce(sum(excess_cost_eur), 0) as excess_cost_eur
  from analytics.stg_fluids_monthly
  group by commune_insee, building_id, fluid, unit, year
)

select * from final;

create unique index stg_fluids_yearly_pk on analytics.stg_fluids_yearly (commune_insee, building_id, fluid, year);
create index stg_fluids_yearly_commune_year_idx on analytics.stg_fluids_yearly (commune_insee, year);
