-- kpi_flows_impact_compared_sites(p_commune, p_sites, p_controls): the counting sites an impact analysis compares,
-- one row per site with its group: 'zone' (p_sites, the sites of the street or zone where the works or the event
-- took place) or 'control'. Controls are p_controls when given, otherwise every site of the same kind(s) as the zone's
-- sites that is neither one of them nor in one of their zones: "control sites outside the zone" (DOMAIN.md §4).
create function analytics.kpi_flows_impact_compared_sites(p_commune text, p_sites text[], p_controls text[])
returns table (
  commune_insee text,
  site_id text,
  name text,
  grp text,
  kind text,
  zone text,
  street text
)
language sql stable as $$
with treated as (
  select *
  from counting_sites
  where commune_insee = p_commune and site_id = any(p_sites)
),

controls as (
  select s.*
  from counting_sites s
  where s.commune_insee = p_commune
    and not (s.site_id = any(p_sites))
    and case
      when p_controls is not null then s.site_id = any(p_controls)
      else s.kind in (select kind from treated)
        and (s.zone is null or s.zone not in (select zone from treated where zone is not null))
    end
),

final as (
  select commune_insee, site_id, name, 'zone' as grp, kind, zone, street from treated
  union all
  select commune_insee, site_id, name, 'control' as grp, kind, zone, street from controls
)

select * from final
$$;
