import { createSelector } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { buildDecisions, Decision } from './build-decisions';
import { AlertsData } from '../data-access/alerts-api';
import { AlertThreshold } from '../data-access/alert-rows';
import { amountWithUnit } from './describe-family-alert';
import { alertsFeature, ThresholdOutcome } from './alerts.feature';
import { buildAlertThresholds, thresholdLabel } from './build-alert-thresholds';
import { buildFamilyAlertSections } from './build-family-alerts';
import { buildFluidsAlerts } from './build-fluids-alerts';
import { summarizeAlerts } from './summarize-alerts';

export interface ThresholdView {
  indicator: string;
  rule: string;
  source: string;
}

/** A sentence for the thresholds' live region: saved (and the alerts read again), or refused and why. */
export interface ThresholdMessage {
  tone: 'success' | 'error';
  text: string;
}

const INDICATORS: Readonly<Record<string, TranslationKey>> = {
  taux_epargne_brute: 'brief.figure.savingsRate',
  capacite_desendettement_annees: 'brief.figure.debtCapacity',
  epargne_nette: 'alerts.indicator.netSavings',
  taux_execution_investissement: 'alerts.indicator.investmentExecution',
};

/** Programmes over budget, late or suspended, ratios past their thresholds (the brief's rules, public data). */
export function buildBudgetAlerts(data: AlertsData | null, lang: Lang): Decision[] {
  if (!data) return [];
  return buildDecisions(data, [], lang).filter((decision) => decision.family === 'budget');
}

/** The ratios' points; programmes have their own section (public list only while their alerts are unreadable). */
export const isRatio = (decision: Decision) => decision.id.startsWith('ratio-');

export function buildThresholds(data: AlertsData | null, lang: Lang): ThresholdView[] {
  return (data?.thresholds ?? []).map((threshold) => {
    const kind = threshold.unit === 'fraction' ? 'percent' : threshold.unit === 'eur' ? 'euros' : 'number';
    const value = (v: number) =>
      `${level(v, kind, lang)}${threshold.unit === 'years' ? ` ${translate(lang, 'brief.unit.years')}` : ''}`;
    return {
      indicator: INDICATORS[threshold.indicator]
        ? translate(lang, INDICATORS[threshold.indicator])
        : threshold.indicator,
      rule: translate(lang, threshold.direction === 'below' ? 'alerts.threshold.below' : 'alerts.threshold.above', {
        warning: value(threshold.warning),
        critical: value(threshold.critical),
      }),
      source: threshold.source,
    };
  });
}

export function thresholdMessage(
  outcome: ThresholdOutcome | null,
  thresholds: readonly AlertThreshold[],
  lang: Lang,
): ThresholdMessage | null {
  if (!outcome) return null;
  const kind = thresholdLabel(outcome.kind, lang);
  if (outcome.error)
    return {
      tone: 'error',
      text: translate(lang, 'alerts.threshold.failed', { kind, message: outcome.error }),
    };
  const saved = thresholds.find((threshold) => threshold.kind === outcome.kind);
  return {
    tone: 'success',
    text: translate(lang, saved?.updated_by === null ? 'alerts.threshold.restored' : 'alerts.threshold.saved', {
      kind,
      value: saved ? amountWithUnit(saved.threshold_value, saved.unit, lang) : '',
    }),
  };
}

const { selectLang, selectCurrentCommune } = contextFeature;

const selectFluidsAlerts = createSelector(alertsFeature.selectData, selectLang, (data, lang) =>
  buildFluidsAlerts(data?.fluids ?? [], lang),
);
const selectBudgetAlerts = createSelector(alertsFeature.selectData, selectLang, buildBudgetAlerts);
const selectRatioAlerts = createSelector(selectBudgetAlerts, (decisions) => decisions.filter(isRatio));
/** The programmes flagged from public data, shown only when their alerts could not be read. */
const selectProgrammeFallback = createSelector(
  selectBudgetAlerts,
  alertsFeature.selectFamilyStatus,
  (decisions, status) => (status === 'error' ? decisions.filter((decision) => !isRatio(decision)) : []),
);
const selectFamilySections = createSelector(alertsFeature.selectFamily, selectLang, buildFamilyAlertSections);

export const selectAlertsSummary = createSelector(
  selectFluidsAlerts,
  alertsFeature.selectFamily,
  alertsFeature.selectFamilyStatus,
  createSelector(selectRatioAlerts, selectProgrammeFallback, (ratios, programmes) => [...ratios, ...programmes]),
  alertsFeature.selectStatusFilter,
  selectLang,
  summarizeAlerts,
);

export const selectAlertsViewModel = createSelector({
  status: alertsFeature.selectStatus,
  error: alertsFeature.selectError,
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  statusFilter: alertsFeature.selectStatusFilter,
  summary: selectAlertsSummary,
  fluids: selectFluidsAlerts,
  sections: selectFamilySections,
  familyStatus: alertsFeature.selectFamilyStatus,
  familyError: alertsFeature.selectFamilyError,
  programmeFallback: selectProgrammeFallback,
  ratios: selectRatioAlerts,
  thresholds: createSelector(alertsFeature.selectData, selectLang, buildThresholds),
  busyKey: alertsFeature.selectBusyKey,
  actionError: alertsFeature.selectActionError,
  canAcknowledge: authFeature.selectCanEdit,
});

/** The thresholds of the programmes, vacancy and footfall alerts; editors may change them. */
export const selectAlertThresholdsViewModel = createSelector({
  thresholds: createSelector(alertsFeature.selectThresholds, selectLang, buildAlertThresholds),
  status: alertsFeature.selectThresholdsStatus,
  error: alertsFeature.selectThresholdsError,
  saving: alertsFeature.selectSavingThreshold,
  message: createSelector(
    alertsFeature.selectThresholdOutcome,
    alertsFeature.selectThresholds,
    selectLang,
    thresholdMessage,
  ),
  canEdit: authFeature.selectCanEdit,
});
