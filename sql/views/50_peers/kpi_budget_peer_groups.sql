-- kpi_budget_peer_groups (materialized, refreshed after each comptes-individuels import): one row per peer group,
-- year and indicator of stg_dgfip_indicators. group_kind: strate (key and label: the DGFiP's strate, e.g.
-- "communes de 100 000 hab et plus appartenant à un groupement fiscalisé (FPU)"), departement (key: its code),
-- epci (key: SIREN; label: its name).
--   group_size: communes of the group loaded with a value;
--   group_average: ratio of sums over those communes (sum of numerators / sum of denominators: total personnel
--     costs / total population), the way the DGFiP averages a strate. For the strate, pages show the DGFiP's
--     published average instead (kpi_budget_peers);
--   group_median, group_q1, group_q3: median and quartiles of the communes' values (continuous percentiles), null
--     when fewer than 5 communes of the group are loaded (too few to speak of a distribution);
--   sorted_values: the group's values in ascending order (float8), so that a commune's rank is a binary search
--     (width_bucket) at request time instead of a rank precomputed for every commune (three sorts of the whole of
--     France at each import). Precomputed because a group reads up to ten thousand communes of a strate.
-- Units as in stg_dgfip_indicators (euros per inhabitant rounded to the cent, fractions to 4 decimals, years).
create materialized view analytics.kpi_budget_peer_groups as
with indicators as (
  select * from analytics.stg_dgfip_indicators where value is not null
),

members as (
  -- narrow rows (keys compared byte-wise, collate "C"): a national file is 3 x 13 rows per commune to sort
  select 'strate' as group_kind, strate collate "C" as group_key, year, indicator collate "C" as indicator, unit, value,
    numerator, denominator
  from indicators
  union all
  select 'departement', departement collate "C", year, indicator collate "C", unit, value, numerator, denominator
  from indicators
  union all
  select 'epci', epci_siren collate "C", year, indicator collate "C", unit, value, numerator, denominator
  from indicators
  where epci_siren is not null
),

stats as (
  -- one sort per group: the median and quartiles are read from the sorted values (below)
  select
    group_kind,
    group_key,
    year,
    indicator,
    unit,
    count(*) as group_size,
    sum(numerator) / nullif(sum(denominator), 0) as group_average,
    array_agg(value::float8 order by value) as sorted_values
  from members
  group by group_kind, group_key, year, indicator, unit
),

epci_names as (
  select epci_siren, max(epci_name) as epci_name from communes where epci_siren is not null group by epci_siren
),

percentiles as (
  -- continuous percentiles as percentile_cont computes them: at position p x (n - 1) between two sorted values
  select
    s.*,
    s.sorted_values[floor(0.5 * (s.group_size - 1))::int + 1]
      + (s.sorted_values[ceil(0.5 * (s.group_size - 1))::int + 1] - s.sorted_values[floor(0.5 * (s.group_size - 1))::int + 1])
      * (0.5 * (s.group_size - 1) - floor(0.5 * (s.group_size - 1))) as group_median,
    s.sorted_values[floor(0.25 * (s.group_size - 1))::int + 1]
      + (s.sorted_values[ceil(0.25 * (s.group_size - 1))::int + 1] - s.sorted_values[floor(0.25 * (s.group_size - 1))::int + 1])
      * (0.25 * (s.group_size - 1) - floor(0.25 * (s.group_size - 1))) as group_q1,
    s.sorted_values[floor(0.75 * (s.group_size - 1))::int + 1]
      + (s.sorted_values[ceil(0.75 * (s.group_size - 1))::int + 1] - s.sorted_values[floor(0.75 * (s.group_size - 1))::int + 1])
      * (0.75 * (s.group_size - 1) - floor(0.75 * (s.group_size - 1))) as group_q3
  from stats s
),

final as (
  select
    group_kind,
    group_key,
    case when group_kind = 'epci' then (select e.epci_name from epci_names e where e.epci_siren = group_key)
      else group_key end as group_label,
    year,
    indicator,
    unit,
    group_size::integer as group_size,
    round(group_average::numeric, case when unit = 'ratio' then 4 else 2 end) as group_average,
    case when group_size >= 5 then round(group_median::numeric, case when unit = 'ratio' then 4 else 2 end) end as group_median,
    case when group_size >= 5 then round(group_q1::numeric, case when unit = 'ratio' then 4 else 2 end) end as group_q1,
    case when group_size >= 5 then round(group_q3::numeric, case when unit = 'ratio' then 4 else 2 end) end as group_q3,
    sorted_values
  from percentiles
)

select * from final;

create unique index kpi_budget_peer_groups_key on analytics.kpi_budget_peer_groups (group_kind, group_key, year, indicator);
