-- kpi_catalogue_flows: footfall in the catalogue's shape (read by kpi_catalogue). ../shared/DOMAIN.md §4.
--   footfall             one row per commune and calendar year: valid counts of the pedestrian sites over the
--                        months of the year with valid counts (stg_counts_periods, monthly rollup: the overview's sum),
--                        compared with the same months of the year before when it has every one of them
--   street_footfall      one row per commune, street with a pedestrian counter and year: the mean daily count
--                        (complete days) of the street's sites in the year's last month with counts
--                        (kpi_flows_street_footfall_vacancy: December, or the latest month), per day, against the
--                        same month a year earlier (period_kind 'month'); subject_id is the street
create view analytics.kpi_catalogue_flows as
with months as (
  select m.commune_insee, m.period_start as month, sum(m.count_total) as footfall
  from analytics.stg_counts_periods m
  join counting_sites s on s.commune_insee = m.commune_insee and s.site_id = m.site_id
  where m.period = 'month' and s.kind = 'pedestrian'
  group by m.commune_insee, m.period_start
  -- a month when every counter was down is not a month of zero footfall: it is not covered
  having sum(m.hours_ok) > 0
),

years as (
  select
    commune_insee,
    extract(year from month)::integer as year,
    min(month) as first_month,
    max(month) as last_month,
    count(*)::integer as months,
    sum(footfall) as footfall
  from months
  group by commune_insee, extract(year from month)
),

commune_rows as (
  select
    y.commune_insee,
    'footfall' as indicator,
    'Fréquentation piétonne (passages comptés)' as label,
    null::text as subject_id,
    y.year,
    'year' as period_kind,
    y.first_month as period_start,
    (y.last_month + interval '1 month - 1 day')::date as period_end,
    y.footfall as value,
    'count' as unit,
    p.footfall as comparison_value,
    case when p.months is not null then (y.first_month - interval '1 year')::date end as comparison_start,
    case when p.months is not null
      then (y.last_month - interval '1 year' + interval '1 month - 1 day')::date end as comparison_end,
    1 as sort_order
  from years y
  left join lateral (
    select count(*)::integer as months, sum(m.footfall) as footfall
    from months m
    where m.commune_insee = y.commune_insee
      and m.month between (y.first_month - interval '1 year')::date and (y.last_month - interval '1 year')::date
  ) p on p.months = y.months
),

street_months as (
  select
    commune_insee,
    street,
    month,
    footfall_mean_daily,
    first_value(footfall_mean_daily) over by_street as previous_mean_daily,
    first_value(month) over by_street as previous_month,
    max(month) over (partition by commune_insee, street, extract(year from month)) as last_of_year
  from analytics.kpi_flows_street_footfall_vacancy
  where footfall_mean_daily is not null
  -- the same month a year before, when the street had counts then (a one-row frame: no self-join)
  window by_street as (
    partition by commune_insee, street order by month
    range between interval '12 months' preceding and interval '12 months' preceding
  )
),

street_rows as (
  -- each street's latest month of the year with counts, against the same month a year before (read once, a window
  -- for the year before)
  select
    s.commune_insee,
    'street_footfall' as indicator,
    'Fréquentation piétonne par jour' as label,
    s.street as subject_id,
    extract(year from s.month)::integer as year,
    'month' as period_kind,
    s.month as period_start,
    (s.month + interval '1 month - 1 day')::date as period_end,
    round(s.footfall_mean_daily, 1) as value,
    'per_day' as unit,
    round(s.previous_mean_daily, 1) as comparison_value,
    s.previous_month as comparison_start,
    (s.previous_month + interval '1 month - 1 day')::date as comparison_end,
    2 as sort_order
  from street_months s
  where s.month = s.last_of_year
),

figures as (
  select * from commune_rows
  union all
  select * from street_rows
),

final as (
  select
    f.commune_insee,
    'flows' as family,
    f.indicator,
    f.label,
    f.subject_id,
    f.subject_id as subject_label,
    f.year,
    f.period_kind,
    f.period_start,
    f.period_end,
    f.value,
    f.unit,
    f.comparison_value,
    f.comparison_start,
    f.comparison_end,
    'relative' as change_kind,
    false as weather_corrected,
    true as is_public,
    null::text as status_override,
    f.sort_order
  from figures f
)

select * from final;
