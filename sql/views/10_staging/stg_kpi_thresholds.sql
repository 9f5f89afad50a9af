-- stg_kpi_thresholds: the thresholds that judge the KPI catalogue's headline figures, one row per commune and judged
-- indicator (docs/adr/0012-kpi-catalogue.md; ../shared/DOMAIN.md §1 ratios, §2 fluids, §3 vacancy).
-- The defaults live here and only here (the budget's come from budget_alert_thresholds, the national conventions);
-- a commune's own values (table alert_thresholds, kind = the indicator) replace them for that commune.
--   indicator      the catalogue's indicator code
--   judged_on      'value' (the level) or 'change' (fluids_cost: its change against the comparison period)
--   direction      'below': the danger is under the threshold (a rate that must stay high); 'above': over it
--   watch_value    the "à surveiller" level; alert_value the alert level; both in the indicator's unit (fractions
--                  for rates and changes, years, euros); a value strictly past a level takes its status
--   source         'commune' when the commune set its own value, else 'default'; source_note says where the
--                  default comes from
create view analytics.stg_kpi_thresholds as
with defaults (indicator, judged_on, direction, watch_value, alert_value, unit, source_note) as (
  select
    case b.indicator when 'capacite_desendettement_annees' then 'capacite_desendettement' else b.indicator end,
    'value',
    b.direction,
    b.warning,
    b.critical,
    b.unit,
    b.source
  from budget_alert_thresholds b
  union all
  values
    ('vacancy_rate', 'value', 'above', 0.075, 0.10, 'fraction',
     'Vacance commerciale : seuil d''alerte des centres-villes autour de 7,5 % (Procos), environ 10 % tous sites confondus (2021).'),
    ('fluids_cost', 'change', 'above', 0.03, 0.10, 'fraction',
     'Convention de la maison : une hausse de plus de 3 % par an est à surveiller, de plus de 10 % une alerte.')
),

final as (
  select
    c.insee_code as commune_insee,
    d.indicator,
    d.judged_on,
    d.direction,
    coalesce(t.watch_value, d.watch_value) as watch_value,
    coalesce(t.threshold_value, d.alert_value) as alert_value,
    d.unit,
    case when t.kind is null then 'default' else 'commune' end as source,
    d.source_note,
    t.updated_by,
    t.updated_at
  from communes c
  cross join defaults d
  left join alert_thresholds t on t.commune_insee = c.insee_code and t.kind = d.indicator
)

select * from final;
