-- kpi_budget_investment_places: localised investment, one row per commune, year, place_kind and place_key
-- (DOMAIN.md §1, "Programmes (AP/CP)": "nobody maps them per quartier for citizens"):
--   place_kind 'commune'   the whole commune (place_key = INSEE code);
--   place_kind 'quartier'  every quartier of the commune, with 0 when nothing was spent there (place_key = id);
--   place_kind 'unlocated' programmes placed in no quartier (city-wide works, or no location given);
--   place_kind 'building'  municipal buildings that programmes work on (place_key = building_id);
--   place_kind 'street'    streets named by programmes (place_key = the street; quartier_id when all of them lie
--                          in one quartier).
-- cp_executed_eur / cp_planned_eur: payment credits of the programmes located there that year; programmes: how
-- many programmes had credits there that year; *_per_inhabitant: per inhabitant of the quartier (or commune).
-- Quartiers + unlocated add up to the commune. Units: euros.
create view analytics.kpi_budget_investment_places as
with located as not materialized (
  select
    c.commune_insee,
    c.year,
    c.programme_id,
    c.cp_planned_eur,
    c.cp_executed_eur,
    coalesce(p.quartier_id, b.quartier_id) as quartier_id,
    p.building_id,
    b.name as building_name,
    nullif(trim(p.street), '') as street
  from programme_credits c
  join programmes p on p.commune_insee = c.commune_insee and p.programme_id = c.programme_id
  left join buildings b on b.commune_insee = p.commune_insee and b.building_id = p.building_id
),

years as (
  select distinct commune_insee, year from located
),

places as (
  select 'commune' as place_kind, y.commune_insee as place_key, c.name as place_label, null::bigint as quartier_id,
    c.population, y.commune_insee, y.year,
    coalesce(sum(l.cp_executed_eur), 0) as cp_executed_eur, coalesce(sum(l.cp_planned_eur), 0) as cp_planned_eur,
    count(distinct l.programme_id)::integer as programmes
  from years y
  join communes c on c.insee_code = y.commune_insee
  left join located l on l.commune_insee = y.commune_insee and l.year = y.year
  group by y.commune_insee, y.year, c.name, c.population

  union all

  select 'quartier', q.id::text, q.name, q.id, q.population, y.commune_insee, y.year,
    coalesce(sum(l.cp_executed_eur), 0), coalesce(sum(l.cp_planned_eur), 0), count(distinct l.programme_id)::integer
  from years y
  join quartiers q on q.commune_insee = y.commune_insee
  left join located l on l.commune_insee = y.commune_insee and l.year = y.year and l.quartier_id = q.id
  group by y.commune_insee, y.year, q.id, q.name, q.population

  union all

  select 'unlocated', y.commune_insee, 'Hors quartier', null, null, y.commune_insee, y.year,
    coalesce(sum(l.cp_executed_eur), 0), coalesce(sum(l.cp_planned_eur), 0), count(distinct l.programme_id)::integer
  from years y
  left join located l on l.commune_insee = y.commune_insee and l.year = y.year and l.quartier_id is null
  group by y.commune_insee, y.year

  union all

  select 'building', l.building_id, coalesce(max(l.building_name), l.building_id), max(l.quartier_id), null,
    l.commune_insee, l.year, sum(l.cp_executed_eur), sum(l.cp_planned_eur), count(distinct l.programme_id)::integer
  from located l
  where l.building_id is not null
  group by l.commune_insee, l.year, l.building_id

  union all

  select 'street', l.street, l.street, case when bool_and(l.quartier_id is not null) and min(l.quartier_id) = max(l.quartier_id) then min(l.quartier_id) end, null,
    l.commune_insee, l.year, sum(l.cp_executed_eur), sum(l.cp_planned_eur), count(distinct l.programme_id)::integer
  from located l
  where l.street is not null
  group by l.commune_insee, l.year, l.street
),

final as (
  select
    commune_insee,
    year,
    place_kind,
    place_key,
    place_label,
    quartier_id,
    population,
    cp_executed_eur,
    cp_planned_eur,
    round(cp_executed_eur / nullif(population, 0), 2) as executed_per_inhabitant,
    round(cp_planned_eur / nullif(population, 0), 2) as planned_per_inhabitant,
    programmes
  from places
)

select * from final;
