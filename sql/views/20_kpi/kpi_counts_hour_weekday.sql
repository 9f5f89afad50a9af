-- kpi_counts_hour_weekday: the typical week of a year, one row per year, ISO weekday (1 = Monday), hour of the day
-- (0-23) and counting site, zone or commune (level), by kind of site. Public holidays are left out
-- (counts_hour_profile, kept by triggers on counts_hourly). DOMAIN.md §4, flow counts ("hour x weekday profiles";
-- a town-centre pedestrian day has about 15 % of its flow between 12:00 and 14:00, 78 % between 09:00 and 19:00).
--   mean_count    mean valid count of that hour on that weekday; for a zone or commune, the sum of its sites' means
--   hours_ok      valid hours behind the mean
--   share_of_day  the hour's share of the weekday's total (fraction; the 24 shares of a weekday sum to 1)
create view analytics.kpi_counts_hour_weekday as
with profile as not materialized (
  select
    p.commune_insee, p.year::integer as year, s.kind, s.zone, p.site_id, p.isodow::integer as isodow,
    p.hour_of_day::integer as hour_of_day,
    p.count_total::numeric / nullif(p.hours_ok, 0) as mean_count,
    p.hours_ok
  from counts_hour_profile p
  join counting_sites s on s.commune_insee = p.commune_insee and s.site_id = p.site_id
),

grouped as (
  select commune_insee, year, 'site' as level, kind, zone, site_id, isodow, hour_of_day, mean_count, hours_ok
  from profile
  union all
  select
    commune_insee, year, 'zone', kind, zone, null, isodow, hour_of_day, sum(mean_count), sum(hours_ok)::integer
  from profile
  group by commune_insee, year, kind, zone, isodow, hour_of_day
  union all
  select
    commune_insee, year, 'commune', kind, null, null, isodow, hour_of_day, sum(mean_count), sum(hours_ok)::integer
  from profile
  group by commune_insee, year, kind, isodow, hour_of_day
),

final as (
  select
    commune_insee,
    year,
    level,
    kind,
    zone,
    site_id,
    isodow,
    hour_of_day,
    round(mean_count, 1) as mean_count,
    hours_ok,
    round(
      mean_count / nullif(sum(mean_count) over (partition by commune_insee, year, level, kind, zone, site_id, isodow), 0),
      4
    ) as share_of_day
  from grouped
)

select * from final;
