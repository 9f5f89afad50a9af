-- kpi_commerce_vacancy_vs_references: a commune's vacancy rate beside the national references, one row per commune,
-- year and reference (commerce_vacancy_references: Procos and Codata benchmarks, the usual 7.5 % alert threshold).
-- vacancy_rate is the commune's rate at the end of its last month of data in the year (December, or the latest
-- month for the last year; measured_month says which); gap = vacancy_rate - reference_rate in fraction points;
-- above_reference = gap > 0. Benchmarks and the threshold are conventions, not law. DOMAIN.md §3.
create view analytics.kpi_commerce_vacancy_vs_references as
with commune_months as (
  select
    commune_insee,
    extract(year from month)::integer as year,
    month,
    vacancy_rate,
    premises,
    row_number() over (partition by commune_insee, extract(year from month) order by month desc) as latest_first
  from analytics.kpi_commerce_vacancy_monthly
  where level = 'commune'
),

year_ends as (
  select * from commune_months where latest_first = 1
),

final as (
  select
    y.commune_insee,
    y.year,
    y.month as measured_month,
    y.premises,
    y.vacancy_rate,
    r.reference_id,
    r.kind as reference_kind,
    r.scope as reference_scope,
    r.year as reference_year,
    r.vacancy_rate as reference_rate,
    r.label_fr as reference_label,
    r.source as reference_source,
    y.vacancy_rate - r.vacancy_rate as gap,
    y.vacancy_rate > r.vacancy_rate as above_reference
  from year_ends y
  cross join commerce_vacancy_references r
)

select * from final;
