-- stg_commerce_status_at(p_commune, p_date): one row per ground-floor shop premises of a commune known at p_date,
-- with its status that day. A parameterised view (an inlinable SQL function): the commune and the date are
-- parameters. Premises whose first known status is after p_date are not listed.
-- vacant_days: days since the vacancy spell began (p_date - vacant_since), for vacant premises only;
-- vacant_over_1_year / vacant_over_3_years: vacant for a year (three years) or more on p_date, the structural vacancy
-- (vacant since 10/01/2024 is over a year on 10/01/2025). DOMAIN.md §3, commercial vacancy.
create function analytics.stg_commerce_status_at(p_commune text, p_date date)
returns table (
  commune_insee text,
  premises_id text,
  address text,
  street text,
  quartier_id bigint,
  quartier text,
  lat double precision,
  lon double precision,
  surface_m2 numeric,
  status text,
  activity text,
  status_since date,
  vacant_since date,
  vacant_days integer,
  vacant_over_1_year boolean,
  vacant_over_3_years boolean
)
language sql stable as $$
with periods as (
  select * from analytics.stg_commerce_periods
  where commune_insee = p_commune and valid_from <= p_date and (valid_to is null or valid_to >= p_date)
),

final as (
  select
    commune_insee,
    premises_id,
    address,
    street,
    quartier_id,
    quartier,
    lat,
    lon,
    surface_m2,
    status,
    activity,
    valid_from as status_since,
    vacant_since,
    (p_date - vacant_since)::integer as vacant_days,
    coalesce(vacant_since <= (p_date - interval '1 year')::date, false) as vacant_over_1_year,
    coalesce(vacant_since <= (p_date - interval '3 years')::date, false) as vacant_over_3_years
  from periods
)

select * from final
$$;
