-- kpi_catalogue_commerce: commercial vacancy in the catalogue's shape (read by kpi_catalogue), one row per commune
-- and calendar year of the vacancy series. ../shared/DOMAIN.md §3; figures from kpi_commerce_vacancy_monthly
-- (commune level), never recomputed.
--   vacancy_rate   vacant / (occupied + vacant) ground-floor premises at the end of the year's last month of series
--                  (31/12, or the latest month for the year in progress), fraction; its change is in points
-- Period: a stock at a date (period_kind 'date'): period_start 1 January, period_end the last day of that month;
-- comparison: the rate twelve months earlier.
create view analytics.kpi_catalogue_commerce as
with year_ends as (
  select commune_insee, extract(year from month)::integer as year, max(month) as month
  from analytics.kpi_commerce_vacancy_monthly
  where level = 'commune'
  group by commune_insee, extract(year from month)
),

final as (
  select
    v.commune_insee,
    'commerce' as family,
    'vacancy_rate' as indicator,
    'Taux de vacance commerciale' as label,
    null::text as subject_id,
    null::text as subject_label,
    y.year,
    'date' as period_kind,
    make_date(y.year, 1, 1) as period_start,
    (y.month + interval '1 month - 1 day')::date as period_end,
    v.vacancy_rate as value,
    'fraction' as unit,
    v.vacancy_rate_12m_ago as comparison_value,
    case when v.vacancy_rate_12m_ago is not null then make_date(y.year - 1, 1, 1) end as comparison_start,
    case when v.vacancy_rate_12m_ago is not null
      then (y.month - interval '12 months' + interval '1 month - 1 day')::date end as comparison_end,
    'points' as change_kind,
    false as weather_corrected,
    true as is_public,
    null::text as status_override,
    1 as sort_order
  from year_ends y
  join analytics.kpi_commerce_vacancy_monthly v
    on v.commune_insee = y.commune_insee and v.level = 'commune' and v.area_key = y.commune_insee
   and v.month = y.month
)

select * from final;
