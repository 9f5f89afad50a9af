-- kpi_quartier_year_summary: one row per quartier and year, what a neighbourhood meeting asks about.
-- buildings: municipal buildings located in the quartier; fluids_cost_eur: their fluids bill (EUR TTC) that year;
-- investment_eur: payment credits executed that year on programmes located in the quartier (their own quartier, else
--   their building's), and per inhabitant;
-- premises / vacant_premises / vacancy_rate: active and vacant ground-floor shop premises on 31/12 (fraction), as the
--   commerce pages count them (DOMAIN.md §3);
-- footfall: valid counts of the quartier's pedestrian sites over the year.
create view analytics.kpi_quartier_year_summary as
-- quartier_years is inlined (not materialized), and every family below is grouped by commune and year too, so that a
-- filter on the commune and the year reaches each source instead of summing every quartier's years
with quartier_years as not materialized (
  select q.id as quartier_id, q.commune_insee, q.name as quartier, q.population, y.year
  from quartiers q
  join analytics.stg_years_with_data y on y.commune_insee = q.commune_insee
),

building_counts as (
  select quartier_id, count(*)::integer as buildings
  from buildings
  where quartier_id is not null
  group by quartier_id
),

fluids as (
  select r.commune_insee, b.quartier_id, r.year, sum(r.amount_eur) as fluids_cost_eur
  from analytics.stg_fluids_monthly r
  join buildings b on b.commune_insee = r.commune_insee and b.building_id = r.building_id
  where b.quartier_id is not null
  group by 1, 2, 3
),

investment as (
  -- a programme is in its own quartier, else in its building's (as on the investment map)
  select c.commune_insee, coalesce(p.quartier_id, b.quartier_id) as quartier_id, c.year,
    sum(c.cp_executed_eur) as investment_eur
  from programme_credits c
  join programmes p on p.commune_insee = c.commune_insee and p.programme_id = c.programme_id
  left join buildings b on b.commune_insee = p.commune_insee and b.building_id = p.building_id
  where coalesce(p.quartier_id, b.quartier_id) is not null
  group by 1, 2, 3
),

premises as (
  select
    qy.commune_insee,
    qy.quartier_id,
    qy.year,
    count(*) filter (where s.status in ('occupied', 'vacant'))::integer as premises,
    count(*) filter (where s.status = 'vacant')::integer as vacant_premises
  from quartier_years qy
  join premises p on p.quartier_id = qy.quartier_id and p.ground_floor
  join analytics.stg_premises_status_periods s
    on s.commune_insee = p.commune_insee and s.premises_id = p.premises_id
   and s.valid_from <= make_date(qy.year, 12, 31)
   and (s.valid_to is null or s.valid_to >= make_date(qy.year, 12, 31))
  group by qy.commune_insee, qy.quartier_id, qy.year
),

footfall as (
  select m.commune_insee, s.quartier_id, extract(year from m.period_start)::integer as year,
    sum(m.count_total) as footfall
  from analytics.stg_counts_periods m
  join counting_sites s on s.commune_insee = m.commune_insee and s.site_id = m.site_id
  where m.period = 'month' and s.kind = 'pedestrian' and s.quartier_id is not null
  group by 1, 2, 3
),

final as (
  select
    qy.quartier_id,
    qy.commune_insee,
    qy.quartier,
    qy.year,
    qy.population,
    coalesce(bc.buildings, 0) as buildings,
    coalesce(f.fluids_cost_eur, 0) as fluids_cost_eur,
    coalesce(i.investment_eur, 0) as investment_eur,
    round(coalesce(i.investment_eur, 0) / nullif(qy.population, 0), 2) as investment_per_inhabitant_eur,
    coalesce(p.premises, 0) as premises,
    coalesce(p.vacant_premises, 0) as vacant_premises,
    p.vacant_premises::numeric / nullif(p.premises, 0) as vacancy_rate,
    coalesce(ft.footfall, 0) as footfall
  from quartier_years qy
  left join building_counts bc on bc.quartier_id = qy.quartier_id
  left join fluids f
    on f.commune_insee = qy.commune_insee and f.quartier_id = qy.quartier_id and f.year = qy.year
  left join investment i
    on i.commune_insee = qy.commune_insee and i.quartier_id = qy.quartier_id and i.year = qy.year
  left join premises p
    on p.commune_insee = qy.commune_insee and p.quartier_id = qy.quartier_id and p.year = qy.year
  left join footfall ft
    on ft.commune_insee = qy.commune_insee and ft.quartier_id = qy.quartier_id and ft.year = qy.year
)

select * from final;
