import { formatMonth } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/fr';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { FamilyAlert } from '../../alerts/data-access/alert-rows';
import { bySeverity } from './build-family-alerts';
import { describeFamilyAlert, familyAlertLink } from './describe-family-alert';
import { BudgetData, FluidsAlertRow, ProgrammeRow } from '../data-access/budget-rows';
import { accountsRow } from './accounts-year';
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

function ratioDecisions(data: BudgetData, year: number, lang: Lang): Decision[] {
  const row = accountsRow(data.health, year);
  if (!row) return [];
  const t = (key: TranslationKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const decisions: Decision[] = [];
  const severity = (status: string | null): Severity | null =>
    status === 'critical' ? 'critical' : status === 'warning' ? 'warning' : null;
  const threshold = (indicator: string) => data.thresholds.find((item) => item.indicator === indicator);

  const rate = severity(row.taux_epargne_brute_status);
  if (rate && row.taux_epargne_brute !== null) {
    const limit = threshold('taux_epargne_brute');
    decisions.push({
      id: 'ratio-savings-rate',
      family: 'budget',
      severity: rate,
      text: t('brief.decision.savingsRate', {
        year: row.year,
        value: level(row.taux_epargne_brute, 'percent', lang),
        threshold: level(rate === 'critical' ? (limit?.critical ?? 0.07) : (limit?.warning ?? 0.1), 'percent', lang),
      }),
      link: '/budget',
    });
  }
  const capacity = severity(row.capacite_desendettement_status);
  if (capacity) {
    const limit = threshold('capacite_desendettement_annees');
    decisions.push({
      id: 'ratio-debt-capacity',
      family: 'budget',
      severity: capacity,
      text:
        row.capacite_desendettement_annees === null
          ? t('brief.decision.debtNoSavings', { year: row.year })
          : t('brief.decision.debtCapacity', {
              year: row.year,
              value: level(row.capacite_desendettement_annees, 'number', lang),
              threshold: level(
                capacity === 'critical' ? (limit?.critical ?? 15) : (limit?.warning ?? 12),
                'number',
                lang,
              ),
            }),
      link: '/budget',
    });
  }
  if (row.epargne_nette_status === 'critical') {
    decisions.push({
      id: 'ratio-net-savings',
      family: 'budget',
      severity: 'critical',
      text: t('brief.decision.netSavings', {
        year: row.year,
        value: level(row.epargne_nette, 'compactCurrency', lang),
      }),
      link: '/budget',
    });
  }
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
    severity: programme.exceeds_ap ? 'critical' : 'warning',
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

function vacancyDecision(data: BudgetData, year: number, lang: Lang): Decision[] {
  const row = data.overview.find((r) => r.year === year);
  if (!row || row.vacancy_rate === null || row.vacancy_rate < 0.1) return [];
  return [
    {
      id: 'vacancy',
      family: 'commerce',
      severity: 'warning',
      text: translate(lang, 'brief.decision.vacancy', {
        year,
        value: level(row.vacancy_rate, 'percent', lang),
        vacant: level(row.vacant_premises ?? 0, 'integer', lang),
      }),
      link: '/commerce',
    },
  ];
}

/**
 * What needs a decision: ratios past their thresholds, programmes over budget, late or suspended, vacancy above
 * 10 %, and for staff the open fluids alerts (costliest first) and the most serious programmes, vacancy and
 * footfall alerts. Grouped by family; each says how serious it is.
 */
export function buildDecisions(
  data: BudgetData | null,
  alerts: readonly FluidsAlertRow[],
  year: number,
  lang: Lang,
  familyAlerts: readonly FamilyAlert[] = [],
): Decision[] {
  if (!data) return [];
  const family = familyAlertDecisions(familyAlerts, data.programmes, lang);
  const ofFamily = (name: FamilyAlert['family']) => family.listed.filter((decision) => decision.family === name);
  return [
    ...ratioDecisions(data, year, lang),
    ...programmeDecisions(data.programmes, lang),
    ...ofFamily('budget'),
    ...vacancyDecision(data, year, lang),
    ...ofFamily('commerce'),
    ...alertDecisions(alerts, lang),
    ...ofFamily('flows'),
    ...family.more,
  ];
}

/** How many decisions are critical, to warrant or not the cover's warning. */
export function countBySeverity(decisions: readonly Decision[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const decision of decisions) counts[decision.severity] += 1;
  return counts;
}
