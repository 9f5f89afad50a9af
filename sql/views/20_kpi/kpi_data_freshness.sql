-- kpi_data_freshness: one row per commune and data source: when it was last imported and the latest date its
-- data covers. Shown on every page so nobody reads stale figures as current.
create view analytics.kpi_data_freshness as
with latest as (
  select commune_insee, 'budget' as source, make_date(max(year), 12, 31) as latest_data
  from analytics.stg_budget_lines where stage = 'CA' group by commune_insee
  union all
  select commune_insee, 'fluids', max(period_end) from meter_readings group by commune_insee
  union all
  select commune_insee, 'degree-days', (max(month) + interval '1 month - 1 day')::date from degree_days group by commune_insee
  union all
  select commune_insee, 'commerce', max(valid_from) from premises_status group by commune_insee
  union all
  select commune_insee, 'counts', max(day) from analytics.stg_counts_daily group by commune_insee
),

-- the import kinds that feed each source; reference data (communes, quartiers) is not a source of figures
imported as (
  select commune_insee, source, max(finished_at) as last_import_at
  from (
    select
      commune_insee,
      finished_at,
      case
        when kind in ('budget', 'debt', 'programmes') then 'budget'
        when kind in ('buildings', 'readings') then 'fluids'
        when kind = 'degree-days' then 'degree-days'
        when kind = 'premises' then 'commerce'
        when kind in ('counting-sites', 'counts', 'interventions') then 'counts'
      end as source
    from imports
    where status = 'landed' and commune_insee is not null
  ) as landed
  where source is not null
  group by 1, 2
),

final as (
  select
    coalesce(l.commune_insee, i.commune_insee) as commune_insee,
    coalesce(l.source, i.source) as source,
    i.last_import_at,
    l.latest_data
  from latest l
  full join imported i on i.commune_insee = l.commune_insee and i.source = l.source
)

select * from final;
