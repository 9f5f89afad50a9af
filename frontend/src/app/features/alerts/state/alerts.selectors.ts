import { createSelector } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { formatMonth } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/fr';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { buildDecisions, Decision } from '../../brief/state/build-decisions';
import { AlertsData } from '../data-access/alerts-api';
import { FluidsAlert } from '../data-access/alert-rows';
import { alertsFeature } from './alerts.feature';

export interface FluidsAlertView {
  key: string;
  buildingId: string;
  building: string;
  kind: string;
  fluid: string;
  since: string;
  months: number;
  cost: number | null;
  acknowledged: boolean;
  acknowledgedBy: string | null;
  comment: string | null;
}

export interface ThresholdView {
  indicator: string;
  rule: string;
  source: string;
}

const KINDS: Readonly<Record<string, TranslationKey>> = {
  anomaly: 'brief.alertKind.anomaly',
  leak: 'brief.alertKind.leak',
  step: 'brief.alertKind.step',
  missing: 'brief.alertKind.missing',
  trajectory: 'brief.alertKind.trajectory',
  rule: 'brief.alertKind.rule',
};

const FLUIDS: Readonly<Record<string, TranslationKey>> = {
  electricity: 'alerts.fluid.electricity',
  gas: 'alerts.fluid.gas',
  heat: 'alerts.fluid.heat',
  fuel_oil: 'alerts.fluid.fuelOil',
  water: 'alerts.fluid.water',
  energy: 'alerts.fluid.energy',
};

const INDICATORS: Readonly<Record<string, TranslationKey>> = {
  taux_epargne_brute: 'brief.figure.savingsRate',
  capacite_desendettement_annees: 'brief.figure.debtCapacity',
  epargne_nette: 'alerts.indicator.netSavings',
  taux_execution_investissement: 'alerts.indicator.investmentExecution',
};

export function buildFluidsAlerts(alerts: readonly FluidsAlert[], lang: Lang): FluidsAlertView[] {
  return [...alerts]
    .sort((a, b) => (b.estimated_cost_eur ?? -1) - (a.estimated_cost_eur ?? -1))
    .map((alert) => ({
      key: alert.alert_key,
      buildingId: alert.building_id,
      building: alert.building_name,
      kind: KINDS[alert.kind] ? translate(lang, KINDS[alert.kind]) : alert.kind,
      fluid: FLUIDS[alert.fluid] ? translate(lang, FLUIDS[alert.fluid]) : alert.fluid,
      since: formatMonth(`${alert.since_month}-01`, LOCALE_BY_LANG[lang]),
      months: alert.months,
      cost: alert.estimated_cost_eur,
      acknowledged: alert.acknowledged,
      acknowledgedBy: alert.acknowledged_by,
      comment: alert.comment,
    }));
}

/** Programmes over budget or late, ratios past their thresholds (the brief's rules, public data). */
export function buildBudgetAlerts(data: AlertsData | null, year: number, lang: Lang): Decision[] {
  if (!data) return [];
  return buildDecisions({ ...data, overview: [], fluids: [] }, [], year, lang).filter(
    (decision) => decision.family === 'budget',
  );
}

export function buildThresholds(data: AlertsData | null, lang: Lang): ThresholdView[] {
  return (data?.thresholds ?? []).map((threshold) => {
    const kind =
      threshold.unit === 'fraction' ? 'percent' : threshold.unit === 'eur' ? 'euros' : 'number';
    const value = (v: number) =>
      `${level(v, kind, lang)}${threshold.unit === 'years' ? ` ${translate(lang, 'brief.unit.years')}` : ''}`;
    return {
      indicator: INDICATORS[threshold.indicator]
        ? translate(lang, INDICATORS[threshold.indicator])
        : threshold.indicator,
      rule: translate(
        lang,
        threshold.direction === 'below' ? 'alerts.threshold.below' : 'alerts.threshold.above',
        {
          warning: value(threshold.warning),
          critical: value(threshold.critical),
        },
      ),
      source: threshold.source,
    };
  });
}

export function summarizeAlerts(
  fluids: readonly FluidsAlertView[],
  budget: readonly Decision[],
  lang: Lang,
): string {
  const open = fluids.filter((alert) => !alert.acknowledged);
  const cost = open.reduce((sum, alert) => sum + (alert.cost ?? 0), 0);
  return translate(lang, 'alerts.summary', {
    open: level(open.length, 'integer', lang),
    cost: level(cost, 'euros', lang),
    acknowledged: level(fluids.length - open.length, 'integer', lang),
    budget: level(
      budget.filter((decision) => decision.severity !== 'info').length,
      'integer',
      lang,
    ),
  });
}

const { selectLang, selectYear, selectCurrentCommune } = contextFeature;

const selectFluidsAlerts = createSelector(alertsFeature.selectData, selectLang, (data, lang) =>
  buildFluidsAlerts(data?.fluids ?? [], lang),
);
const selectBudgetAlerts = createSelector(
  alertsFeature.selectData,
  selectYear,
  selectLang,
  buildBudgetAlerts,
);

export const selectAlertsViewModel = createSelector({
  status: alertsFeature.selectStatus,
  error: alertsFeature.selectError,
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  statusFilter: alertsFeature.selectStatusFilter,
  fluids: selectFluidsAlerts,
  budget: selectBudgetAlerts,
  thresholds: createSelector(alertsFeature.selectData, selectLang, buildThresholds),
  summary: createSelector(selectFluidsAlerts, selectBudgetAlerts, selectLang, summarizeAlerts),
  busyKey: alertsFeature.selectBusyKey,
  actionError: alertsFeature.selectActionError,
  canAcknowledge: authFeature.selectCanEdit,
});
