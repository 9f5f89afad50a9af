-- kpi_budget_peer_partners: the rows of GET /api/v1/budget/peers?group=partners: every full commune of the database
-- (the partner communes, not the reference ones) with the DGFiP's figure when published, else its own accounts'
-- (source compte_administratif); average = ratio of sums, rank 1 = highest; see kpi_budget_peers for the fields.
-- A view of its own: its ranks are computed over all partners (a window), which a filter on one commune cannot skip.
create view analytics.kpi_budget_peer_partners as
with partner_values as (
  -- the DGFiP's figure of a full commune when published, else its own accounts' figure
  select d.commune_insee, d.year, d.indicator, d.unit, d.value, d.numerator, d.denominator, 'dgfip'::text as source
  from analytics.stg_dgfip_indicators d
  where not d.is_reference and d.value is not null
  union all
  select o.commune_insee, o.year, o.indicator, o.unit, o.value, o.numerator, o.denominator, 'compte_administratif'
  from analytics.kpi_budget_own_indicators o
  join communes c on c.insee_code = o.commune_insee and not c.is_reference
  where o.value is not null
    and not exists (
      select 1 from analytics.stg_dgfip_indicators d
      where d.commune_insee = o.commune_insee and d.year = o.year and d.indicator = o.indicator and d.value is not null
    )
),

partner_stats as (
  select
    year,
    indicator,
    count(*)::integer as group_size,
    sum(numerator) / nullif(sum(denominator), 0) as group_average,
    percentile_cont(0.5) within group (order by value) as group_median,
    percentile_cont(0.25) within group (order by value) as group_q1,
    percentile_cont(0.75) within group (order by value) as group_q3
  from partner_values
  group by year, indicator
),

by_partners as (
  select
    v.commune_insee,
    v.year,
    'partners'::text as group_kind,
    null::text as group_label,
    v.indicator,
    v.unit,
    v.value as commune_value,
    round(s.group_average::numeric, case when v.unit = 'ratio' then 4 else 2 end) as group_average,
    case when s.group_size >= 5 then round(s.group_median::numeric, case when v.unit = 'ratio' then 4 else 2 end) end as group_median,
    case when s.group_size >= 5 then round(s.group_q1::numeric, case when v.unit = 'ratio' then 4 else 2 end) end as group_q1,
    case when s.group_size >= 5 then round(s.group_q3::numeric, case when v.unit = 'ratio' then 4 else 2 end) end as group_q3,
    s.group_size,
    (rank() over (partition by v.year, v.indicator order by v.value desc))::integer as rank,
    v.source
  from partner_values v
  join partner_stats s on s.year = v.year and s.indicator = v.indicator
)

select * from by_partners;
