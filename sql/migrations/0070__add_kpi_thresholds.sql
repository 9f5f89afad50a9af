-- KPI catalogue (issue 12, docs/adr/0012-kpi-catalogue.md): the commune's thresholds table also holds the thresholds
-- of the catalogue's judged indicators, beside the four alert kinds of migration 0043. A missing row means the
-- default, which lives in one place, the view analytics.stg_kpi_thresholds.
--  * new kinds, named like the catalogue's indicator they judge: taux_epargne_brute, capacite_desendettement,
--    epargne_nette, taux_execution_investissement, vacancy_rate, fluids_cost (judged on its change);
--  * threshold_value is the alert level, watch_value the "à surveiller" level (null for the four alert kinds),
--    both in the indicator's unit (fractions for rates, years, euros; fluids_cost: a fraction of change).
alter table alert_thresholds drop constraint alert_thresholds_kind_check;
alter table alert_thresholds add constraint alert_thresholds_kind_check check (kind in (
  'programme_overrun', 'programme_slippage', 'vacancy_spike', 'footfall_drop',
  'taux_epargne_brute', 'capacite_desendettement', 'epargne_nette', 'taux_execution_investissement',
  'vacancy_rate', 'fluids_cost'
));
alter table alert_thresholds drop constraint alert_thresholds_threshold_value_check;
alter table alert_thresholds add constraint alert_thresholds_threshold_value_check
  check (threshold_value >= -1000000 and threshold_value <= 1000000);
alter table alert_thresholds add column watch_value numeric(10, 3)
  check (watch_value >= -1000000 and watch_value <= 1000000);
