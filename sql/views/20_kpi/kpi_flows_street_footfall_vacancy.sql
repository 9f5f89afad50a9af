-- kpi_flows_street_footfall_vacancy: footfall beside vacancy for the same streets ("does vacancy rise where
-- footfall falls?"), one row per commune, street with shop premises and month. DOMAIN.md §3 and §4.
--   premises, vacant, vacancy_rate, vacancy_rate_change_12m, vacant_over_1_year   kpi_commerce_vacancy_monthly, streets
--   counting_sites       pedestrian counting sites on the street (counting_sites.street)
--   footfall_mean_daily  sum over those sites of their mean daily count over the complete days of the month
--                        (sites_reporting of them had a complete day); null on streets without a counter
--   footfall_change_12m  the same sum over the sites that reported both this month and twelve months before,
--                        this month / a year before - 1 (fraction)
create view analytics.kpi_flows_street_footfall_vacancy as
with vacancy as (
  select *
  from analytics.kpi_commerce_vacancy_monthly
  where level = 'street'
),

site_months as not materialized (
  select p.commune_insee, s.street, p.site_id, p.period_start as month, p.mean_daily_complete
  from analytics.stg_counts_periods p
  join counting_sites s on s.commune_insee = p.commune_insee and s.site_id = p.site_id
  where p.period = 'month' and s.kind = 'pedestrian' and s.street is not null
),

footfall as (
  select
    m.commune_insee,
    m.street,
    m.month,
    count(*)::integer as counting_sites,
    (count(m.mean_daily_complete))::integer as sites_reporting,
    sum(m.mean_daily_complete) as footfall_mean_daily,
    sum(m.mean_daily_complete) filter (where y.mean_daily_complete is not null) as matched_now,
    sum(y.mean_daily_complete) filter (where m.mean_daily_complete is not null) as matched_year_before
  from site_months m
  left join site_months y
    on y.commune_insee = m.commune_insee and y.site_id = m.site_id and y.month = (m.month - interval '12 months')::date
  group by m.commune_insee, m.street, m.month
),

final as (
  select
    v.commune_insee,
    v.street,
    v.quartier,
    v.month,
    v.premises,
    v.vacant,
    v.vacancy_rate,
    v.vacancy_rate_change_12m,
    v.vacant_over_1_year,
    coalesce(f.counting_sites, 0) as counting_sites,
    coalesce(f.sites_reporting, 0) as sites_reporting,
    f.footfall_mean_daily,
    round(f.matched_now / nullif(f.matched_year_before, 0) - 1, 4) as footfall_change_12m
  from vacancy v
  left join footfall f on f.commune_insee = v.commune_insee and f.street = v.street and f.month = v.month
)

select * from final;
