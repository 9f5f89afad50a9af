-- kpi_budget_peer_in_groups: the rows of GET /api/v1/budget/peers for the groups of the DGFiP's file (strate,
-- département, EPCI): see kpi_budget_peers for the fields. A view of its own so that a request for one commune reads
-- one commune's 13 rows and its groups' rows of kpi_budget_peer_groups, and nothing of the partners' branch.
create view analytics.kpi_budget_peer_in_groups as
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
)

select * from by_groups;
