-- stg_fluids_years_commune: one row per commune, fluid and calendar year: consumption and bill of all municipal
-- buildings, weather-corrected, per inhabitant, and the change on the year before (../shared/DOMAIN.md, "2. Fluids
-- of public buildings": communes spend about 45 EUR per inhabitant a year on energy). Besides the five fluids,
-- fluid 'energy' adds up the energy fluids (kWh) and fluid 'all' every fluid (its bill only: units differ).
-- Units: quantity / corrected_quantity in kWh (energy) or m3 (water); amount_eur in EUR TTC; changes are fractions.
-- complete: every meter is covered by bills for the 12 months. Changes are like for like: they compare the meters
-- covered for the whole of both years (comparable_meters of them), so one building's missing month does not hide
-- the trend of all the others, nor a new building read as a rise.
-- anomalies_cost_eur: estimated cost of the anomalous months of the year (excess over the robust baseline).
-- Materialized (it sums every meter of the commune for each year), refreshed after stg_fluids_yearly;
-- kpi_fluids_commune_year is its public face.
create materialized view analytics.stg_fluids_years_commune as
with meter_years as (
  select
    y.*,
    lag(y.year) over previous = y.year - 1 and lag(y.complete) over previous and y.complete as comparable,
    lag(y.corrected_quantity) over previous as previous_corrected_quantity,
    lag(y.amount_eur) over previous as previous_amount_eur
  from analytics.stg_fluids_yearly y
  window previous as (partition by y.commune_insee, y.building_id, y.fluid order by y.year)
),

grouped as (
  select
    m.commune_insee,
    g.fluid,
    g.unit,
    m.year,
    sum(m.quantity) as quantity,
    sum(m.corrected_quantity) as corrected_quantity,
    sum(m.amount_eur) as amount_eur,
    count(*)::integer as meters,
    bool_and(m.complete) as complete,
    sum(m.missing_days)::integer as missing_days,
    sum(m.excess_cost_eur) as anomalies_cost_eur,
    count(*) filter (where m.comparable)::integer as comparable_meters,
    sum(m.corrected_quantity) filter (where m.comparable) as comparable_quantity,
    sum(m.previous_corrected_quantity) filter (where m.comparable) as comparable_previous_quantity,
    sum(m.amount_eur) filter (where m.comparable) as comparable_amount_eur,
    sum(m.previous_amount_eur) filter (where m.comparable) as comparable_previous_amount_eur
  from meter_years m
  -- each meter counts in its fluid, in 'energy' when it is billed in kWh, and in 'all'
  cross join lateral (
    values (m.fluid, m.unit), (case when m.unit = 'kWh' then 'energy' end, 'kWh'), ('all', null)
  ) as g (fluid, unit)
  where g.fluid is not null
  group by m.commune_insee, g.fluid, g.unit, m.year
),

final as (
  select
    g.commune_insee,
    g.fluid,
    g.unit,
    g.year,
    case when g.fluid <> 'all' then round(g.quantity, 3) end as quantity,
    case when g.fluid <> 'all' then round(g.corrected_quantity, 3) end as corrected_quantity,
    round(g.amount_eur, 2) as amount_eur,
    round(g.amount_eur / nullif(c.population, 0), 2) as amount_per_inhabitant_eur,
    g.meters,
    g.complete,
    g.missing_days,
    round(g.anomalies_cost_eur, 2) as anomalies_cost_eur,
    g.comparable_meters,
    case when g.fluid <> 'all' then
      round(g.comparable_quantity / nullif(g.comparable_previous_quantity, 0) - 1, 4)
    end as change_vs_previous_year,
    round(g.comparable_amount_eur / nullif(g.comparable_previous_amount_eur, 0) - 1, 4) as amount_change_vs_previous_year
  from grouped g
  join communes c on c.insee_code = g.commune_insee
)

select * from final;

create unique index stg_fluids_years_commune_pk on analytics.stg_fluids_years_commune (commune_insee, fluid, year);
