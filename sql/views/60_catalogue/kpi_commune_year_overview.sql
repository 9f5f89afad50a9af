-- kpi_commune_year_overview (in 60_catalogue: it reads the catalogue's parts, and views are created in path order):
-- one row per commune and year, the headline figure of each KPI family.
-- operating_expenses_eur: executed (compte administratif) real operating expenses; investment_expenses_eur:
--   executed real equipment expenses (chapters 20, 204, 21, 23) of the budget principal; null while the year has no
--   CA (DOMAIN.md, budget).
-- fluids_kwh / fluids_cost_eur, vacancy_rate, footfall: the KPI catalogue's values (kpi_catalogue_fluids 'energy' and
--   'fluids_cost', kpi_catalogue_commerce, kpi_catalogue_flows 'footfall'), so the overview and every other page show
--   one number (docs/adr/0012-kpi-catalogue.md); for the year in progress they cover January to the latest month.
-- Each family's figures are null for a year it has no data for (the demo's counters start in 2019, its bills in 2020):
--   never a zero that a chart would draw as a collapse.
-- premises / vacant_premises: active (occupied + vacant) and vacant ground-floor premises on 31/12 (latest known
--   status for the current year); vacancy_rate: vacant / active at the end of the year's last month of the vacancy
--   series, a fraction (DOMAIN.md, commercial vacancy).
-- footfall: sum of valid hourly counts of the pedestrian sites over the months of the year with counts.
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
    max(value) filter (where indicator = 'energy') as fluids_kwh,
    max(value) filter (where indicator = 'fluids_cost') as fluids_cost_eur
  from analytics.kpi_catalogue_fluids
  group by 1, 2
),

vacancy as (
  select commune_insee, year, value as vacancy_rate
  from analytics.kpi_catalogue_commerce
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
  select commune_insee, year, value as footfall
  from analytics.kpi_catalogue_flows
  where indicator = 'footfall'
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
    v.vacancy_rate,
    ft.footfall
  from analytics.stg_years_with_data y
  join communes c on c.insee_code = y.commune_insee
  left join budget b on b.commune_insee = y.commune_insee and b.year = y.year
  left join fluids f on f.commune_insee = y.commune_insee and f.year = y.year
  left join premises p on p.commune_insee = y.commune_insee and p.year = y.year
  left join vacancy v on v.commune_insee = y.commune_insee and v.year = y.year
  left join footfall ft on ft.commune_insee = y.commune_insee and ft.year = y.year
)

select * from final;
