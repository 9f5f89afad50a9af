-- stg_counts_periods: one row per counting site, period kind ('week': ISO week starting on Monday, 'month') and
-- period start: the weekly and monthly rollups of the daily counts (materialized, refreshed with stg_counts_daily).
-- count_total: valid counts; days: days of the period the site was followed (its spine, stg_counts_site_days: from
-- its first data to the commune's last); days_complete: days with every hour valid; hours_expected: 24 a followed
-- day (23 on the day clocks go forward, more if the source wrote them); completeness = hours_ok / hours_expected
-- (fraction); mean_daily_complete: mean daily count over complete days only, the figure that compares across
-- periods with gaps. DOMAIN.md §4, flow counts.
-- Computed from the days with counts plus the length of the followed span (not by listing every day), so a refresh
-- reads counts_daily once per period kind.
create materialized view analytics.stg_counts_periods as
with spans as (
  select
    commune_insee,
    site_id,
    min(day) as first_day,
    max(max(day)) over (partition by commune_insee) as last_day
  from counts_daily
  group by commune_insee, site_id
),

spring_forward_days as (
  select day from analytics.stg_counts_calendar where wall_clock_hours = 23
),

tagged as (
  select 'week' as period, date_trunc('week', day)::date as period_start, d.* from counts_daily d
  union all
  select 'month' as period, date_trunc('month', day)::date as period_start, d.* from counts_daily d
),

with_data as (
  select
    commune_insee,
    site_id,
    period,
    period_start,
    (count(*) filter (where hours_ok >= greatest(wall_clock_hours(day), hours_present)))::integer as days_complete,
    sum(count_total)::bigint as count_total,
    sum(hours_ok)::integer as hours_ok,
    sum(hours_fault)::integer as hours_fault,
    sum(least(hours_present, wall_clock_hours(day)))::integer as hours_present_expected,
    sum(greatest(hours_present - wall_clock_hours(day), 0))::integer as hours_extra,
    round(avg(count_total) filter (where hours_ok >= greatest(wall_clock_hours(day), hours_present)), 1)
      as mean_daily_complete
  from tagged
  group by commune_insee, site_id, period, period_start
),

followed as (
  select
    w.*,
    greatest(w.period_start, s.first_day) as followed_from,
    least(
      case w.period when 'week' then w.period_start + 6 else (w.period_start + interval '1 month - 1 day')::date end,
      s.last_day
    ) as followed_to
  from with_data w
  join spans s on s.commune_insee = w.commune_insee and s.site_id = w.site_id
),

final as (
  select
    f.commune_insee,
    f.site_id,
    f.period,
    f.period_start,
    (f.followed_to - f.followed_from + 1)::integer as days,
    f.days_complete,
    f.count_total,
    f.hours_ok,
    f.hours_fault,
    h.wall_clock - f.hours_present_expected as hours_missing,
    h.wall_clock + f.hours_extra as hours_expected,
    round(f.hours_ok::numeric / nullif(h.wall_clock + f.hours_extra, 0), 4) as completeness,
    f.mean_daily_complete
  from followed f
  cross join lateral (
    select (24 * (f.followed_to - f.followed_from + 1)
      - (select count(*) from spring_forward_days s where s.day between f.followed_from and f.followed_to))::integer as wall_clock
  ) h
)

select * from final;

create unique index stg_counts_periods_pk on analytics.stg_counts_periods (commune_insee, site_id, period, period_start);
create index stg_counts_periods_commune_idx on analytics.stg_counts_periods (commune_insee, period, period_start);
