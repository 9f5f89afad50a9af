-- stg_budget_budgets: one row per budget of a commune (its budget principal and each budget annexe, DOMAIN.md §1,
-- "Ratios"): code ('principal' or the annexe's SIRET), kind, name and SIRET as registered by the imports, and the
-- years its lines cover (first_year, last_year) and those with executed accounts (accounts_years: a compte
-- administratif, or the comptable's balance). A commune whose lines came without any registration (the demo, older
-- imports) still shows its budget principal.
create view analytics.stg_budget_budgets as
with lines as (
  select
    commune_insee,
    budget,
    min(year) as first_year,
    max(year) as last_year,
    array_agg(distinct year order by year) filter (where stage = 'CA') as accounts_years
  from analytics.stg_budget_all_lines
  group by commune_insee, budget
),

final as (
  select
    coalesce(b.commune_insee, l.commune_insee) as commune_insee,
    coalesce(b.code, l.budget) as code,
    coalesce(b.kind, case when l.budget = 'principal' then 'principal' else 'annexe' end) as kind,
    coalesce(b.name, case when l.budget = 'principal' then 'Budget principal' else 'Budget annexe ' || l.budget end) as name,
    b.siret,
    l.first_year,
    l.last_year,
    coalesce(l.accounts_years, array[]::integer[]) as accounts_years
  from budgets b
  full join lines l on l.commune_insee = b.commune_insee and l.budget = b.code
)

select * from final;
