-- kpi_budget_peers: the rows of GET /api/v1/budget/peers. One row per commune, year, peer group kind and indicator:
-- the commune's figure beside its group's (docs/budget.md, "Comparaisons avec les communes comparables").
--   group_kind strate: the DGFiP's strate of the commune that year; group_average is the strate average AS
--     PUBLISHED by the DGFiP (mperso, rmcaf...); median, quartiles, size and rank over the communes of the strate
--     loaded in the database;
--   group_kind departement, epci: computed over the loaded communes of the same département / EPCI
--     (kpi_budget_peer_groups: average = ratio of sums);
--   group_kind partners: the full communes of the database (the partner communes: not the reference ones), each
--     with the DGFiP's figure when published, else the figure of its own accounts (source compte_administratif).
--   rank: 1 = the highest value of the group (ties share a rank): 1 + the number of the group's values above the
--     commune's, found by binary search in kpi_budget_peer_groups.sorted_values; group_median, group_q1, group_q3
--     null under 5 communes.
--   source: dgfip (comptes individuels des communes) or compte_administratif (the commune's imported accounts).
create view analytics.kpi_budget_peers as
with indicators as (
  select * from analytics.stg_dgfip_indicators
),

groups as (
  select * from analytics.kpi_budget_peer_groups
),

keyed as (
  select i.*, k.group_kind, k.group_key
  from indicators i
  cross join lateral (values ('strate', i.strate), ('departement', i.departement), ('epci', i.epci_siren))
    as k (group_kind, group_key)
  where k.group_key is not null
),

by_groups as (
  select
    i.commune_insee,
    i.year,
    i.group_kind,
    g.group_label,
    i.indicator,
    i.unit,
    i.value as commune_value,
    -- the strate's average as the DGFiP publishes it; the other groups' as computed over the loaded communes
    case when i.group_kind = 'strate' then i.strate_average else g.group_average end as group_average,
    g.group_median,
    g.group_q1,
    g.group_q3,
    g.group_size,
    case when i.value is not null
      then 1 + g.group_size - width_bucket(i.value::float8, g.sorted_values) end as rank,
    'dgfip'::text as source
  from keyed i
  join groups g on g.group_kind = i.group_kind and g.group_key = i.group_key and g.year = i.year
    and g.indicator = i.indicator
),

partner_values as (
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
    case when s.group_size >= 5 then round(s.group_median::numeric, case when v.unit = 'ratio' then 4 else 2 end) end,
    case when s.group_size >= 5 then round(s.group_q1::numeric, case when v.unit = 'ratio' then 4 else 2 end) end,
    case when s.group_size >= 5 then round(s.group_q3::numeric, case when v.unit = 'ratio' then 4 else 2 end) end,
    s.group_size,
    (rank() over (partition by v.year, v.indicator order by v.value desc))::integer as rank,
    v.source
  from partner_values v
  join partner_stats s on s.year = v.year and s.indicator = v.indicator
),

final as (
  select * from by_groups
  union all
  select * from by_partners
)

select * from final;
