-- kpi_commerce_vacancy_monthly: commercial vacancy at the end of every month, one row per commune, quartier or
-- street (level; area_key identifies the area within its level) and month, from the month of the commune's first
-- known status to the month of its latest status change. DOMAIN.md §3, commercial vacancy.
--   premises / occupied / vacant / works   status of each premises on the last day of the month
--   vacancy_rate          vacant / premises (occupied + vacant), fraction; vacancy_rate_surface by floor area
--   vacant_over_1_year / vacant_over_3_years   structural vacancy on the last day of the month
--   openings              premises that became occupied during the month after being vacant, under works or closed
--   closures              premises that stopped being occupied during the month
--   vacancy_rate_12m_ago, vacancy_rate_change_12m   the rate twelve months before and the change since, in
--                         fraction points (0.05 = five percentage points)
-- Materialized (every month of every premises' history); refreshed after premises imports and demo loads.
create materialized view analytics.kpi_commerce_vacancy_monthly as
with periods as (
  select * from analytics.stg_commerce_periods
),

bounds as (
  select
    commune_insee,
    date_trunc('month', min(valid_from))::date as first_month,
    date_trunc('month', max(valid_from))::date as last_month
  from periods
  group by commune_insee
),

months as (
  select b.commune_insee, m::date as month, (m + interval '1 month - 1 day')::date as month_end
  from bounds b
  cross join lateral generate_series(b.first_month, b.last_month, interval '1 month') as m
),

month_end_states as (
  select
    m.commune_insee,
    m.month,
    p.quartier_id,
    p.street,
    (p.status in ('occupied', 'vacant'))::integer as active,
    (p.status = 'occupied')::integer as occupied,
    (p.status = 'vacant')::integer as vacant,
    (p.status = 'works')::integer as works,
    case when p.status in ('occupied', 'vacant') then p.surface_m2 end as surface_m2,
    case when p.status = 'vacant' then p.surface_m2 end as vacant_surface_m2,
    (p.status = 'vacant' and p.vacant_since <= (m.month_end - interval '1 year')::date)::integer as over_1_year,
    (p.status = 'vacant' and p.vacant_since <= (m.month_end - interval '3 years')::date)::integer as over_3_years,
    0 as opening,
    0 as closure
  from months m
  join periods p
    on p.commune_insee = m.commune_insee
   and p.valid_from <= m.month_end
   and (p.valid_to is null or p.valid_to >= m.month_end)
),

changes as (
  select
    commune_insee,
    date_trunc('month', valid_from)::date as month,
    quartier_id,
    street,
    0, 0, 0, 0,
    null::numeric,
    null::numeric,
    0, 0,
    (status = 'occupied' and previous_status <> 'occupied')::integer as opening,
    (previous_status = 'occupied' and status <> 'occupied')::integer as closure
  from periods
  where previous_status is not null
),

facts as (
  select * from month_end_states
  union all
  select * from changes
),

-- first per street within a quartier (a hash aggregate of a few thousand groups), then the three levels from those:
-- every figure is a sum, and grouping sets straight over every premises-month would sort millions of rows
street_facts as (
  select
    commune_insee,
    month,
    quartier_id,
    street,
    sum(active) as active,
    sum(occupied) as occupied,
    sum(vacant) as vacant,
    sum(works) as works,
    sum(surface_m2) as surface_m2,
    sum(vacant_surface_m2) as vacant_surface_m2,
    sum(over_1_year) as over_1_year,
    sum(over_3_years) as over_3_years,
    sum(opening) as opening,
    sum(closure) as closure
  from facts
  group by commune_insee, month, quartier_id, street
),

grouped as (
  select
    commune_insee,
    month,
    case when grouping(street) = 0 then 'street' when grouping(quartier_id) = 0 then 'quartier' else 'commune' end
      as level,
    quartier_id,
    street,
    sum(active)::integer as premises,
    sum(occupied)::integer as occupied,
    sum(vacant)::integer as vacant,
    sum(works)::integer as works,
    coalesce(sum(surface_m2), 0) as surface_m2,
    coalesce(sum(vacant_surface_m2), 0) as vacant_surface_m2,
    sum(over_1_year)::integer as vacant_over_1_year,
    sum(over_3_years)::integer as vacant_over_3_years,
    sum(opening)::integer as openings,
    sum(closure)::integer as closures
  from street_facts
  group by grouping sets ((commune_insee, month), (commune_insee, month, quartier_id), (commune_insee, month, street))
),

rated as (
  select
    *,
    case level when 'commune' then commune_insee when 'quartier' then coalesce(quartier_id::text, 'none') else street end
      as area_key,
    round(vacant::numeric / nullif(premises, 0), 4) as vacancy_rate,
    round(vacant_surface_m2 / nullif(surface_m2, 0), 4) as vacancy_rate_surface
  from grouped
),

street_quartiers as (
  select p.commune_insee, p.street, mode() within group (order by q.name) as quartier
  from premises p
  join quartiers q on q.id = p.quartier_id
  group by p.commune_insee, p.street
),

final as (
  select
    r.commune_insee,
    r.level,
    r.area_key,
    r.quartier_id,
    case r.level when 'quartier' then q.name when 'street' then sq.quartier end as quartier,
    r.street,
    r.month,
    r.premises,
    r.occupied,
    r.vacant,
    r.works,
    r.vacancy_rate,
    r.surface_m2,
    r.vacant_surface_m2,
    r.vacancy_rate_surface,
    r.vacant_over_1_year,
    r.vacant_over_3_years,
    r.openings,
    r.closures,
    prev.vacancy_rate as vacancy_rate_12m_ago,
    r.vacancy_rate - prev.vacancy_rate as vacancy_rate_change_12m
  from rated r
  left join rated prev
    on prev.commune_insee = r.commune_insee
   and prev.level = r.level
   and prev.area_key = r.area_key
   and prev.month = (r.month - interval '12 months')::date
  left join quartiers q on q.id = r.quartier_id
  left join street_quartiers sq on sq.commune_insee = r.commune_insee and sq.street = r.street
)

select * from final;

create unique index kpi_commerce_vacancy_monthly_pk
  on analytics.kpi_commerce_vacancy_monthly (commune_insee, level, area_key, month);
