-- stg_counts_site_days: one row per counting site and local calendar day, from the site's first day with counts to
-- its commune's latest day with counts, days without any count included (0 valid hours, every hour missing): the
-- spine every completeness figure is measured on. Same columns and definitions as stg_counts_daily, read live from
-- counts_daily (kept by triggers), so it needs no refresh; a commune and a day range given by the query are pushed
-- down to the calendar and the daily rollup's indexes. DOMAIN.md §4, flow counts ("a counter down is not zero
-- traffic"; "report completeness per site and period").
create view analytics.stg_counts_site_days as
with site_spans as (
  select
    s.commune_insee,
    s.site_id,
    (select d.day from counts_daily d where d.commune_insee = s.commune_insee and d.site_id = s.site_id
      order by d.day limit 1) as first_day,
    (select max(d.day) from counts_daily d where d.commune_insee = s.commune_insee) as last_day
  from counting_sites s
),

final as (
  select
    sp.commune_insee,
    sp.site_id,
    c.day,
    coalesce(d.count_total, 0)::bigint as count_total,
    coalesce(d.hours_ok, 0) as hours_ok,
    coalesce(d.hours_fault, 0) as hours_fault,
    greatest(c.wall_clock_hours - coalesce(d.hours_present, 0), 0) as hours_missing,
    greatest(c.wall_clock_hours, coalesce(d.hours_present, 0)) as hours_expected,
    coalesce(d.hours_ok, 0) >= greatest(c.wall_clock_hours, coalesce(d.hours_present, 0)) as is_complete
  from site_spans sp
  join analytics.stg_counts_calendar c on c.day between sp.first_day and sp.last_day
  left join counts_daily d on d.commune_insee = sp.commune_insee and d.site_id = sp.site_id and d.day = c.day
)

select * from final;
