-- kpi_catalogue_alerts: the open alerts of the alerts centre counted by severity, in the catalogue's shape (read by
-- kpi_catalogue), one row per commune and severity, for the commune's latest year with data (docs/alerts.md).
--   open_alerts_high     open (not acknowledged) alerts of kpi_alerts with severity 'high' ("Critique"); status
--                        'alert' when there is one or more, else 'ok'
--   open_alerts_medium   the same with severity 'medium' ("À surveiller"); status 'watch' when one or more
-- A count of alerts now: period_kind 'date', period_end today (at most 31/12 of that year); no comparison. The
-- counts are public (no subject is named in them); the alerts themselves are not.
create view analytics.kpi_catalogue_alerts as
with latest as (
  select commune_insee, max(year) as year
  from analytics.stg_years_with_data
  group by commune_insee
),

counts as (
  select
    l.commune_insee,
    l.year,
    s.severity,
    s.sort_order,
    (select count(*) from analytics.kpi_alerts a
      where a.commune_insee = l.commune_insee and a.status = 'open' and a.severity = s.severity)::integer as open_alerts
  from latest l
  cross join (values ('high', 1), ('medium', 2)) as s (severity, sort_order)
),

final as (
  select
    c.commune_insee,
    'alerts' as family,
    'open_alerts_' || c.severity as indicator,
    case c.severity when 'high' then 'Alertes critiques ouvertes' else 'Alertes à surveiller ouvertes' end as label,
    null::text as subject_id,
    null::text as subject_label,
    c.year,
    'date' as period_kind,
    make_date(c.year, 1, 1) as period_start,
    least(current_date, make_date(c.year, 12, 31)) as period_end,
    c.open_alerts::numeric as value,
    'count' as unit,
    null::numeric as comparison_value,
    null::date as comparison_start,
    null::date as comparison_end,
    null::text as change_kind,
    false as weather_corrected,
    true as is_public,
    case
      when c.open_alerts = 0 then 'ok'
      when c.severity = 'high' then 'alert'
      else 'watch'
    end as status_override,
    c.sort_order
  from counts c
)

select * from final;
