-- kpi_flows_impact_daily(p_commune, p_sites, p_controls, p_start, p_end, p_window_days): the day-by-day material of
-- an impact analysis (works, an event, a new bike lane) on the counting sites of a zone (p_sites), against control
-- sites elsewhere. One row per day of the three periods: 'before' (the p_window_days days before p_start), 'during'
-- (p_start to p_end) and 'after' (the p_window_days days after p_end), cut at the commune's latest day of data.
-- The zone's sites and the control sites are those of kpi_flows_impact_compared_sites. DOMAIN.md §4, flow counts
-- ("impact of works or events").
-- Each site is indexed on its own mean daily count over the complete days of the 'before' period (sites without a
-- complete day there are left out), so a group's daily index is the mean of its complete sites' ratios to their
-- own baseline: a counter down one day does not read as a fall in traffic.
--   zone_count / zone_sites         valid counts and number of complete zone sites that day
--   zone_panel_sites                zone sites with a baseline (zone_count is the zone total when all are complete)
--   zone_index / control_index      mean ratio to baseline of the complete sites of each group that day
--   log_ratio                       ln(zone_index / control_index), the daily gap the summary averages
--   zone_count_matched / zone_count_last_year   counts of the zone sites complete both that day and 364 days before
--                                   (same weekday a year earlier), for the comparison with last year
create function analytics.kpi_flows_impact_daily(
  p_commune text, p_sites text[], p_controls text[], p_start date, p_end date, p_window_days integer
)
returns table (
  commune_insee text,
  period text,
  day date,
  zone_count bigint,
  zone_sites integer,
  zone_panel_sites integer,
  zone_index numeric,
  control_index numeric,
  control_sites integer,
  log_ratio numeric,
  zone_count_matched bigint,
  zone_count_last_year bigint
)
language sql stable as $$
with members as (
  select site_id, grp
  from analytics.kpi_flows_impact_compared_sites(p_commune, p_sites, p_controls)
),

latest as (
  select max(day) as day from counts_daily where commune_insee = p_commune
),

periods as (
  select 'before' as period, p_start - p_window_days as first_day, p_start - 1 as last_day
  union all
  select 'during', p_start, least(p_end, (select day from latest))
  union all
  select 'after', p_end + 1, least(p_end + p_window_days, (select day from latest))
),

days as (
  select p.period, d::date as day
  from periods p
  cross join lateral generate_series(p.first_day, p.last_day, interval '1 day') as d
),

site_days as (
  select m.grp, m.site_id, d.period, d.day, c.count_total
  from members m
  join analytics.stg_counts_daily c
    on c.commune_insee = p_commune and c.site_id = m.site_id and c.is_complete
   and c.day between p_start - p_window_days and p_end + p_window_days
  join days d on d.day = c.day
),

baselines as (
  select grp, site_id, avg(count_total) as baseline
  from site_days
  where period = 'before'
  group by grp, site_id
  having avg(count_total) > 0
),

group_days as (
  select
    s.grp, s.day,
    sum(s.count_total)::bigint as total,
    count(*)::integer as sites,
    avg(s.count_total / b.baseline) as idx
  from site_days s
  join baselines b on b.grp = s.grp and b.site_id = s.site_id
  group by s.grp, s.day
),

-- the zone's sites: each complete day against the same site's day 364 days earlier (same weekday), if complete
last_year as (
  select
    s.day,
    sum(s.count_total)::bigint as matched,
    sum(c.count_total)::bigint as last_year
  from site_days s
  join baselines b on b.grp = s.grp and b.site_id = s.site_id
  join analytics.stg_counts_daily c
    on c.commune_insee = p_commune and c.site_id = s.site_id and c.day = s.day - 364 and c.is_complete
  where s.grp = 'zone'
  group by s.day
),

final as (
  select
    p_commune as commune_insee,
    d.period,
    d.day,
    z.total as zone_count,
    coalesce(z.sites, 0) as zone_sites,
    (select count(*)::integer from baselines where grp = 'zone') as zone_panel_sites,
    round(z.idx, 4) as zone_index,
    round(c.idx, 4) as control_index,
    coalesce(c.sites, 0) as control_sites,
    case when z.idx > 0 and c.idx > 0 then round(ln(z.idx / c.idx), 6) end as log_ratio,
    ly.matched as zone_count_matched,
    ly.last_year as zone_count_last_year
  from days d
  left join group_days z on z.grp = 'zone' and z.day = d.day
  left join group_days c on c.grp = 'control' and c.day = d.day
  left join last_year ly on ly.day = d.day
)

select * from final
$$;
