-- kpi_programme_severity: one row per programme of kpi_budget_programmes with the severity the alerts centre gives
-- it, so the pages that list programmes (the alerts centre's budget points, the brief) say "Critique" or "À
-- surveiller" exactly as kpi_alerts does, and never judge a programme themselves (issue 12, docs/adr/0012):
--   severity   the most serious severity of the programme's alerts in kpi_alerts (programme_overrun,
--              programme_slippage; open or acknowledged: acknowledging an alert does not make it less serious),
--              'high' ("Critique") before 'medium' ("À surveiller"); 'medium' for a programme flagged without an
--              alert (not done, and over its AP, late or suspended, below the alert thresholds); null otherwise.
create view analytics.kpi_programme_severity as
with alert_severity as (
  select commune_insee, subject_id as programme_id, min(severity) as severity -- 'high' < 'medium'
  from analytics.kpi_alerts
  where kind in ('programme_overrun', 'programme_slippage')
  group by commune_insee, subject_id
),

final as (
  select
    p.commune_insee,
    p.programme_id,
    coalesce(
      a.severity,
      case when p.status <> 'done' and (p.exceeds_ap or p.is_late or p.status = 'suspended') then 'medium' end
    ) as severity
  from analytics.kpi_budget_programmes p
  left join alert_severity a on a.commune_insee = p.commune_insee and a.programme_id = p.programme_id
)

select * from final;
