-- kpi_commerce_vacancy_at(p_commune, p_date): commercial vacancy on a given day, one row per commune, quartier and
-- street (level = 'commune' | 'quartier' | 'street'; a quartier row with a null quartier_id gathers premises placed in no
-- quartier). The contract behind GET /api/v1/commerce/vacancy. DOMAIN.md §3, commercial vacancy:
--   premises             active premises = occupied + vacant (premises under works or closed are not counted)
--   vacancy_rate         vacant / premises, a fraction 0..1 (4 decimals)
--   vacancy_rate_surface vacant m² / active m² (premises with a surface only)
--   vacant_over_1_year   vacant for a year or more on p_date (structural vacancy), vacant_over_3_years likewise
--   structural_vacancy_rate = vacant_over_1_year / premises
--   median_vacant_days   median time the currently vacant premises have been empty, in days
create function analytics.kpi_commerce_vacancy_at(p_commune text, p_date date)
returns table (
  commune_insee text,
  level text,
  quartier_id bigint,
  quartier text,
  street text,
  premises integer,
  occupied integer,
  vacant integer,
  works integer,
  vacancy_rate numeric,
  surface_m2 numeric,
  vacant_surface_m2 numeric,
  vacancy_rate_surface numeric,
  vacant_over_1_year integer,
  vacant_over_3_years integer,
  structural_vacancy_rate numeric,
  median_vacant_days numeric
)
language sql stable as $$
with premises as (
  select
    *,
    status in ('occupied', 'vacant') as is_active
  from analytics.stg_commerce_status_at(p_commune, p_date)
),

grouped as (
  select
    commune_insee,
    case when grouping(street) = 0 then 'street' when grouping(quartier_id) = 0 then 'quartier' else 'commune' end
      as level,
    quartier_id,
    case when grouping(street) = 0 or grouping(quartier_id) = 0 then mode() within group (order by quartier) end
      as quartier,
    street,
    (count(*) filter (where is_active))::integer as premises,
    (count(*) filter (where status = 'occupied'))::integer as occupied,
    (count(*) filter (where status = 'vacant'))::integer as vacant,
    (count(*) filter (where status = 'works'))::integer as works,
    sum(surface_m2) filter (where is_active) as surface_m2,
    sum(surface_m2) filter (where status = 'vacant') as vacant_surface_m2,
    (count(*) filter (where vacant_over_1_year))::integer as vacant_over_1_year,
    (count(*) filter (where vacant_over_3_years))::integer as vacant_over_3_years,
    percentile_cont(0.5) within group (order by vacant_days) filter (where status = 'vacant') as median_vacant_days
  from premises
  group by grouping sets ((commune_insee), (commune_insee, quartier_id), (commune_insee, street))
),

final as (
  select
    commune_insee,
    level,
    quartier_id,
    quartier,
    street,
    premises,
    occupied,
    vacant,
    works,
    round(vacant::numeric / nullif(premises, 0), 4) as vacancy_rate,
    coalesce(surface_m2, 0) as surface_m2,
    coalesce(vacant_surface_m2, 0) as vacant_surface_m2,
    round(coalesce(vacant_surface_m2, 0) / nullif(surface_m2, 0), 4) as vacancy_rate_surface,
    vacant_over_1_year,
    vacant_over_3_years,
    round(vacant_over_1_year::numeric / nullif(premises, 0), 4) as structural_vacancy_rate,
    round(median_vacant_days::numeric, 1) as median_vacant_days
  from grouped
)

select * from final
$$;
