-- kpi_commerce_activity_mix_at(p_commune, p_date): the mix of activities of the occupied premises on a given day, one
-- row per commune, quartier or street (level) and activity category (as imported; 'non renseignée' when missing).
-- premises: occupied premises of that activity; share: their share of the occupied premises of the same area
-- (fraction; the shares of an area sum to 1); surface_m2: their floor area. DOMAIN.md §3, commercial vacancy
-- ("the mix of activities").
create function analytics.kpi_commerce_activity_mix_at(p_commune text, p_date date)
returns table (
  commune_insee text,
  level text,
  quartier_id bigint,
  street text,
  activity text,
  premises integer,
  share numeric,
  surface_m2 numeric
)
language sql stable as $$
with occupied as (
  select commune_insee, quartier_id, street, coalesce(activity, 'non renseignée') as activity, surface_m2
  from analytics.stg_commerce_status_at(p_commune, p_date)
  where status = 'occupied'
),

grouped as (
  select
    commune_insee,
    case when grouping(street) = 0 then 'street' when grouping(quartier_id) = 0 then 'quartier' else 'commune' end
      as level,
    quartier_id,
    street,
    activity,
    count(*)::integer as premises,
    coalesce(sum(surface_m2), 0) as surface_m2
  from occupied
  group by grouping sets (
    (commune_insee, activity), (commune_insee, quartier_id, activity), (commune_insee, street, activity)
  )
),

final as (
  select
    commune_insee,
    level,
    quartier_id,
    street,
    activity,
    premises,
    round(premises::numeric / sum(premises) over (partition by commune_insee, level, quartier_id, street), 4) as share,
    surface_m2
  from grouped
)

select * from final
$$;
