import { formatMonth } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { FamilyAlert } from '../../alerts/data-access/alert-rows';
import { bySeverity } from './build-family-alerts';
import { describeFamilyAlert, familyAlertLink } from './describe-family-alert';
import { BudgetData, FluidsAlertRow, ProgrammeRow } from '../data-access/budget-rows';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
/** The families a decision belongs to. */
export type Family = 'budget' | 'fluids' | 'commerce' | 'flows';

export type Severity = 'critical' | 'warning' | 'info';

/** Something the council may have to decide on, in one sentence, with the page that details it. */
export interface Decision {
  id: string;
  family: Family;
  severity: Severity;
  text: string;
  /** A path, or router commands when a segment is free text (a street name). */
  link: string | string[];
}

/** Programmes listed one by one; the others are counted in a last sentence. */
const PROGRAMMES_LISTED = 4;
const ALERTS_LISTED = 3;
/** Programmes, vacancy and footfall alerts listed one by one, most serious first; the others counted. */
const FAMILY_ALERTS_LISTED = 3;

const FLUID_KIND_LABELS: Readonly<Record<string, TranslationKey>> = {
  anomaly: 'brief.alertKind.anomaly',
  leak: 'brief.alertKind.leak',
  step: 'brief.alertKind.step',
  missing: 'brief.alertKind.missing',
  trajectory: 'brief.alertKind.trajectory',
  rule: 'brief.alertKind.rule',
};

/** The catalogue's judgment as a decision's severity: an alert is critical, a level to watch a warning. */
const SEVERITY_OF_STATUS: Readonly<Record<string, Severity>> = { alert: 'critical', watch: 'warning' };

/** The alerts centre's severity of a programme (kpi_programme_severity): 'high' is critical. */
const programmeSeverity = (programme: ProgrammeRow): Severity =>
  programme.severity === 'high' ? 'critical' : 'warning';

/**
 * The ratios the KPI catalogue judges past a level (its rows of the accounts year): status, level crossed and year
 * come from the row; nothing is judged here.
 */
function ratioDecisions(kpis: readonly KpiRow[], lang: Lang): Decision[] {
  const t = (key: TranslationKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const judged = (indicator: string) => {
    const row = findKpi(kpis, indicator);
    const severity = row?.status ? SEVERITY_OF_STATUS[row.status] : undefined;
    const limit = row?.status === 'alert' ? row.threshold : row?.watch_threshold;
    return row && severity && limit !== null && limit !== undefined ? { row, severity, limit } : null;
  };
  const decisions: Decision[] = [];

  const rate = judged('taux_epargne_brute');
  if (rate && rate.row.value !== null)
    decisions.push({
      id: 'ratio-savings-rate',
      family: 'budget',
      severity: rate.severity,
      text: t('brief.decision.savingsRate', {
        year: rate.row.year,
        value: level(rate.row.value, 'percent', lang),
        threshold: level(rate.limit, 'percent', lang),
      }),
      link: '/budget',
    });
  const capacity = judged('capacite_desendettement');
  if (capacity)
    decisions.push({
      id: 'ratio-debt-capacity',
      family: 'budget',
      severity: capacity.severity,
      text:
        capacity.row.value === null
          ? t('brief.decision.debtNoSavings', { year: capacity.row.year })
          : t('brief.decision.debtCapacity', {
              year: capacity.row.year,
              value: level(capacity.row.value, 'number', lang),
              threshold: level(capacity.limit, 'number', lang),
            }),
      link: '/budget',
    });
  const net = judged('epargne_nette');
  if (net && net.row.value !== null)
    decisions.push({
      id: 'ratio-net-savings',
      family: 'budget',
      severity: net.severity,
      text: t('brief.decision.netSavings', {
        year: net.row.year,
        value: level(net.row.value, 'compactCurrency', lang),
      }),
      link: '/budget',
    });
  return decisions;
}

function programmeText(programme: ProgrammeRow, lang: Lang): string {
  const t = (key: TranslationKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const where = programme.quartier ? t('brief.decision.inQuartier', { quartier: programme.quartier }) : '';
  const reasons: string[] = [];
  if (programme.exceeds_ap)
    reasons.push(
      t('brief.decision.exceedsAp', {
        ap: level(programme.ap_amount_eur, 'compactCurrency', lang),
      }),
    );
  if (programme.status === 'suspended') reasons.push(t('brief.decision.suspended'));
  if (programme.is_late)
    reasons.push(
      t('brief.decision.late', {
        months: level(Math.round(programme.slippage_months), 'integer', lang),
        end: formatMonth(programme.expected_end_date, LOCALE_BY_LANG[lang]),
      }),
    );
  return t('brief.decision.programme', {
    name: programme.name,
    where,
    reasons: reasons.join(', '),
  });
}

/** Over its AP, late or suspended, and not finished. */
const isFlagged = (p: ProgrammeRow) => p.status !== 'done' && (p.exceeds_ap || p.is_late || p.status === 'suspended');

function programmeDecisions(programmes: readonly ProgrammeRow[], lang: Lang): Decision[] {
  const flagged = programmes
    .filter(isFlagged)
    .sort(
      (a, b) =>
        Number(b.exceeds_ap) - Number(a.exceeds_ap) ||
        b.slippage_months - a.slippage_months ||
        b.ap_amount_eur - a.ap_amount_eur,
    );
  const listed: Decision[] = flagged.slice(0, PROGRAMMES_LISTED).map((programme) => ({
    id: `programme-${programme.programme_id}`,
    family: 'budget',
    severity: programmeSeverity(programme),
    text: programmeText(programme, lang),
    link: '/budget/programmes',
  }));
  const rest = flagged.length - listed.length;
  if (rest > 0)
    listed.push({
      id: 'programmes-more',
      family: 'budget',
      severity: 'info',
      text: translate(lang, 'brief.decision.moreProgrammes', { count: rest }),
      link: '/budget/programmes',
    });
  return listed;
}

function alertDecisions(alerts: readonly FluidsAlertRow[], lang: Lang): Decision[] {
  const open = alerts.filter((alert) => !alert.acknowledged);
  if (open.length === 0) return [];
  const t = (key: TranslationKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const costly = [...open].sort((a, b) => (b.estimated_cost_eur ?? 0) - (a.estimated_cost_eur ?? 0));
  const total = costly.reduce((sum, alert) => sum + (alert.estimated_cost_eur ?? 0), 0);
  const summary: Decision = {
    id: 'fluids-alerts',
    family: 'fluids',
    severity: 'warning',
    text: t('brief.decision.fluidsAlerts', {
      count: level(open.length, 'integer', lang),
      cost: level(total, 'euros', lang),
    }),
    link: '/fluids/alertes',
  };
  return [
    summary,
    ...costly.slice(0, ALERTS_LISTED).map((alert): Decision => ({
      id: `fluids-${alert.alert_key}`,
      family: 'fluids',
      severity: 'info',
      text: t('brief.decision.fluidsAlert', {
        kind: FLUID_KIND_LABELS[alert.kind] ? t(FLUID_KIND_LABELS[alert.kind]) : alert.kind,
        building: alert.building_name,
        since: formatMonth(`${alert.since_month}-01`, LOCALE_BY_LANG[lang]),
        cost:
          alert.estimated_cost_eur === null
            ? t('brief.decision.costUnknown')
            : level(alert.estimated_cost_eur, 'euros', lang),
      }),
      link: `/fluids/batiments/${encodeURIComponent(alert.building_id)}`,
    })),
  ];
}

/**
 * The open programmes, vacancy and footfall alerts (staff), most serious first: a few in words, the others counted.
 * A programme the public figures already flag (over its AP, late or suspended) is not told twice.
 */
function familyAlertDecisions(
  alerts: readonly FamilyAlert[],
  programmes: readonly ProgrammeRow[],
  lang: Lang,
): { listed: Decision[]; more: Decision[] } {
  const told = new Set(programmes.filter(isFlagged).map((p) => p.programme_id));
  const open = alerts
    .filter((alert) => alert.status === 'open')
    .filter((alert) => alert.family !== 'budget' || !told.has(alert.subject_id))
    .sort(bySeverity);
  const listed = open.slice(0, FAMILY_ALERTS_LISTED).map((alert): Decision => {
    const sentence = describeFamilyAlert(alert, lang).sentence;
    return {
      id: `alert-${alert.alert_key}`,
      family: alert.family,
      severity: alert.severity === 'high' ? 'critical' : 'warning',
      text: translate(lang, 'brief.decision.familyAlert', {
        sentence: sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1),
      }),
      link: familyAlertLink(alert),
    };
  });
  const rest = open.slice(FAMILY_ALERTS_LISTED);
  const more: Decision[] = rest.length
    ? [
        {
          id: 'alerts-more',
          family: rest[0].family,
          severity: 'info',
          text: translate(lang, 'brief.decision.moreAlerts', {
            count: level(rest.length, 'integer', lang),
          }),
          link: '/alerts',
        },
      ]
    : [];
  return { listed, more };
}

/** The vacancy rate, when the catalogue judges it past a level (its row, if loaded). */
function vacancyDecision(kpis: readonly KpiRow[], lang: Lang): Decision[] {
  const row = findKpi(kpis, 'vacancy_rate');
  const severity = row?.status ? SEVERITY_OF_STATUS[row.status] : undefined;
  const limit = row?.status === 'alert' ? row.threshold : row?.watch_threshold;
  if (!row || !severity || row.value === null || limit === null || limit === undefined) return [];
  return [
    {
      id: 'vacancy',
      family: 'commerce',
      severity,
      text: translate(lang, 'brief.decision.vacancy', {
        year: row.year,
        value: level(row.value, 'percent', lang),
        threshold: level(limit, 'percent', lang),
      }),
      link: '/commerce',
    },
  ];
}

/**
 * What needs a decision: ratios and vacancy the KPI catalogue judges past a level, programmes over budget, late or
 * suspended (with the alerts centre's severity), and for staff the open fluids alerts (costliest first) and the most serious programmes, vacancy and
 * footfall alerts. Grouped by family; each says how serious it is.
 */
export function buildDecisions(
  data: BudgetData | null,
  alerts: readonly FluidsAlertRow[],
  lang: Lang,
  familyAlerts: readonly FamilyAlert[] = [],
): Decision[] {
  if (!data) return [];
  const family = familyAlertDecisions(familyAlerts, data.programmes, lang);
  const ofFamily = (name: FamilyAlert['family']) => family.listed.filter((decision) => decision.family === name);
  return [
    ...ratioDecisions(data.kpis, lang),
    ...programmeDecisions(data.programmes, lang),
    ...ofFamily('budget'),
    ...vacancyDecision(data.kpis, lang),
    ...ofFamily('commerce'),
    ...alertDecisions(alerts, lang),
    ...ofFamily('flows'),
    ...family.more,
  ];
}
