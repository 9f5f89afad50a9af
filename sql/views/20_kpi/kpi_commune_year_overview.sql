-- kpi_commune_year_overview: one row per commune and year, the headline figure of each KPI family.
-- operating_expenses_eur: executed (compte administratif) real operating expenses; investment_expenses_eur:
--   executed real equipment expenses (chapters 20, 204, 21, 23) of the budget principal; null while the year has no
--   CA (DOMAIN.md, budget).
-- fluids_kwh / fluids_cost_eur: energy (kWh) and total fluids bill (EUR TTC, water included) prorated to the year
--   (from the materialized stg_fluids_monthly).
-- Each family's figures are null for a year it has no data for (the demo's counters start in 2019, its bills in 2020):
--   never a zero that a chart would draw as a collapse.
-- premises / vacant_premises / vacancy_rate: active (occupied + vacant) and vacant ground-floor premises on 31/12 (latest known
--   status for the current year); vacancy_rate = vacant / active, a fraction (DOMAIN.md, commercial vacancy).
-- footfall: sum of valid hourly counts of the pedestrian sites over the year (from the monthly rollup, the same sum).
create view analytics.kpi_commune_year_overview as
with budget as (
  select
    commune_insee,
    year,
    sum(amount_executed) filter (where section = 'F' and direction = 'D') as operating_expenses_eur,
    sum(amount_executed) filter (
      where section = 'I' and direction = 'D' and chapter in ('20', '204', '21', '23')
    ) as investment_expenses_eur
  from analytics.stg_budget_lines
  where stage = 'CA' and is_real and chapter_kind <> 'result'
  group by commune_insee, year
),

fluids as (
  select
    commune_insee,
    year,
    sum(quantity) filter (where unit = 'kWh') as fluids_kwh,
    sum(amount_eur) as fluids_cost_eur
  from analytics.stg_fluids_monthly
  group by 1, 2
),

premises as (
  select
    y.commune_insee,
    y.year,
    count(*) filter (where p.status in ('occupied', 'vacant'))::integer as premises,
    count(*) filter (where p.status = 'vacant')::integer as vacant_premises
  from analytics.stg_years_with_data y
  join analytics.stg_premises_status_periods p
    on p.commune_insee = y.commune_insee
   and p.valid_from <= make_date(y.year, 12, 31)
   and (p.valid_to is null or p.valid_to >= make_date(y.year, 12, 31))
  join premises shop
    on shop.commune_insee = p.commune_insee and shop.premises_id = p.premises_id and shop.ground_floor
  group by y.commune_insee, y.year
),

footfall as (
  select m.commune_insee, extract(year from m.period_start)::integer as year, sum(m.count_total) as footfall
  from analytics.stg_counts_periods m
  join counting_sites s on s.commune_insee = m.commune_insee and s.site_id = m.site_id
  where m.period = 'month' and s.kind = 'pedestrian'
  group by 1, 2
),

final as (
  select
    y.commune_insee,
    y.year,
    c.population,
    b.operating_expenses_eur,
    b.investment_expenses_eur,
    case when f.year is not null then coalesce(f.fluids_kwh, 0) end as fluids_kwh,
    f.fluids_cost_eur,
    p.premises,
    p.vacant_premises,
    p.vacant_premises::numeric / nullif(p.premises, 0) as vacancy_rate,
    ft.footfall
  from analytics.stg_years_with_data y
  join communes c on c.insee_code = y.commune_insee
  left join budget b on b.commune_insee = y.commune_insee and b.year = y.year
  left join fluids f on f.commune_insee = y.commune_insee and f.year = y.year
  left join premises p on p.commune_insee = y.commune_insee and p.year = y.year
  left join footfall ft on ft.commune_insee = y.commune_insee and ft.year = y.year
)

select * from final;
