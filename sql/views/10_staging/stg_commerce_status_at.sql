-- stg_commerce_status_at(p_commune, p_date): one row per ground-floor shop premises of a commune known at p_date,
-- with its status that day. A parameterised view (an inlinable SQL function): the commune and the date are
-- parameters. Premises whose first known status is after p_date are not listed. The same definitions as
-- stg_commerce_periods (a status holds until the next change; consecutive vacant records are one spell), read
-- for one day only so a request does not walk every premises' whole history.
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
with latest as (
  -- each premises' latest change on or before p_date (a backward scan of the primary key, no window over history)
  select distinct on (premises_id) commune_insee, premises_id, valid_from, status, activity
  from premises_status
  where commune_insee = p_commune and valid_from <= p_date
  order by premises_id desc, valid_from desc
),

spells as (
  -- a vacant premises has been vacant since the first vacant change after its last other status
  select
    l.*,
    case when l.status = 'vacant' then (
      select min(v.valid_from)
      from premises_status v
      where v.commune_insee = l.commune_insee and v.premises_id = l.premises_id and v.valid_from <= l.valid_from
        and v.valid_from > coalesce((
          select max(o.valid_from)
          from premises_status o
          where o.commune_insee = l.commune_insee and o.premises_id = l.premises_id and o.valid_from < l.valid_from
            and o.status <> 'vacant'
        ), '-infinity'::date)
    ) end as vacant_since
  from latest l
),

final as (
  select
    s.commune_insee,
    s.premises_id,
    p.address,
    p.street,
    p.quartier_id,
    q.name as quartier,
    p.lat,
    p.lon,
    p.surface_m2,
    s.status,
    s.activity,
    s.valid_from as status_since,
    s.vacant_since,
    (p_date - s.vacant_since)::integer as vacant_days,
    coalesce(s.vacant_since <= (p_date - interval '1 year')::date, false) as vacant_over_1_year,
    coalesce(s.vacant_since <= (p_date - interval '3 years')::date, false) as vacant_over_3_years
  from spells s
  join premises p on p.commune_insee = s.commune_insee and p.premises_id = s.premises_id
  left join quartiers q on q.id = p.quartier_id
  where p.ground_floor
)

select * from final
$$;
