-- kpi_counts_site_completeness(p_commune, p_from, p_to): every counting site of a commune with its volumes and data
-- completeness over a period, one row per site (sites without data in the period are listed with zeros). What the map of sites shows.
-- DOMAIN.md §4, flow counts ("report completeness per site and period"; a counter down is not zero traffic).
--   days_followed        days of the period on the site's spine (stg_counts_daily: first data to the commune's last)
--   days_complete        days with every hour valid; hours_* and completeness = hours_ok / hours_expected
--   count_total          valid counts of the period; mean_daily_complete: mean daily count over complete days
--   first_day / last_day the site's first and last day with at least one valid hour, all time
create function analytics.kpi_counts_site_completeness(p_commune text, p_from date, p_to date)
returns table (
  commune_insee text,
  site_id text,
  name text,
  kind text,
  zone text,
  street text,
  quartier_id bigint,
  lat double precision,
  lon double precision,
  days_followed integer,
  days_complete integer,
  hours_ok integer,
  hours_fault integer,
  hours_missing integer,
  hours_expected integer,
  completeness numeric,
  count_total bigint,
  mean_daily_complete numeric,
  first_day date,
  last_day date
)
language sql stable as $$
with period_days as (
  select *
  from analytics.stg_counts_daily
  where commune_insee = p_commune and day between p_from and p_to
),

per_site as (
  select
    commune_insee, site_id,
    count(*)::integer as days_followed,
    (count(*) filter (where is_complete))::integer as days_complete,
    sum(hours_ok)::integer as hours_ok,
    sum(hours_fault)::integer as hours_fault,
    sum(hours_missing)::integer as hours_missing,
    sum(hours_expected)::integer as hours_expected,
    sum(count_total)::bigint as count_total,
    round(avg(count_total) filter (where is_complete), 1) as mean_daily_complete
  from period_days
  group by commune_insee, site_id
),

final as (
  select
    s.commune_insee,
    s.site_id,
    s.name,
    s.kind,
    s.zone,
    s.street,
    s.quartier_id,
    s.lat,
    s.lon,
    coalesce(p.days_followed, 0) as days_followed,
    coalesce(p.days_complete, 0) as days_complete,
    coalesce(p.hours_ok, 0) as hours_ok,
    coalesce(p.hours_fault, 0) as hours_fault,
    coalesce(p.hours_missing, 0) as hours_missing,
    coalesce(p.hours_expected, 0) as hours_expected,
    round(p.hours_ok::numeric / nullif(p.hours_expected, 0), 4) as completeness,
    coalesce(p.count_total, 0)::bigint as count_total,
    p.mean_daily_complete,
    -- first and last day with a valid hour, read at both ends of the site's daily rollup (its primary key)
    (select d.day from counts_daily d where d.commune_insee = s.commune_insee and d.site_id = s.site_id and d.hours_ok > 0
      order by d.day limit 1) as first_day,
    (select d.day from counts_daily d where d.commune_insee = s.commune_insee and d.site_id = s.site_id and d.hours_ok > 0
      order by d.day desc limit 1) as last_day
  from counting_sites s
  left join per_site p on p.commune_insee = s.commune_insee and p.site_id = s.site_id
  where s.commune_insee = p_commune
)

select * from final
$$;
