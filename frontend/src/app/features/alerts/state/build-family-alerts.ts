import { formatDate, missingValue } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { AlertFamily, FamilyAlert, FamilyAlertKind } from '../data-access/alert-rows';
import { describeFamilyAlert, familyAlertLink } from './describe-family-alert';

/** One row of a family's alert table. */
export interface FamilyAlertView {
  key: string;
  /** The programme's, street's or site's own name, as the link reads. */
  subject: string;
  link: string[];
  quartier: string | null;
  what: string;
  /** "mars 2026", or "n.d.". */
  since: string;
  /** The whole sentence: the note field and buttons are named after it. */
  sentence: string;
  severity: 'high' | 'medium';
  acknowledged: boolean;
  acknowledgedBy: string | null;
  acknowledgedOn: string | null;
  comment: string | null;
}

/** A family's section of the alerts centre. */
export interface FamilyAlertSection {
  family: AlertFamily;
  title: string;
  subjectHeading: string;
  none: string;
  alerts: FamilyAlertView[];
}

export const ALERT_FAMILIES: readonly AlertFamily[] = ['budget', 'commerce', 'flows'];

const FAMILY_KEYS: Readonly<
  Record<AlertFamily, { title: TranslationKey; subject: TranslationKey; none: TranslationKey }>
> = {
  budget: {
    title: 'alerts.family.budget.title',
    subject: 'alerts.family.budget.subject',
    none: 'alerts.family.budget.none',
  },
  commerce: {
    title: 'alerts.family.commerce.title',
    subject: 'alerts.family.commerce.subject',
    none: 'alerts.family.commerce.none',
  },
  flows: {
    title: 'alerts.family.flows.title',
    subject: 'alerts.family.flows.subject',
    none: 'alerts.family.flows.none',
  },
};

/** Overruns cost money outright: they come before delays. */
const KIND_ORDER: readonly FamilyAlertKind[] = [
  'programme_overrun',
  'programme_slippage',
  'vacancy_spike',
  'footfall_drop',
];

/** Most serious first: high severity, then the costlier kind, then the largest gap. */
export function bySeverity(a: FamilyAlert, b: FamilyAlert): number {
  return (
    Number(b.severity === 'high') - Number(a.severity === 'high') ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    b.value - a.value
  );
}

export function toFamilyAlertView(alert: FamilyAlert, lang: Lang): FamilyAlertView {
  const words = describeFamilyAlert(alert, lang);
  const acknowledged = alert.status === 'acknowledged';
  return {
    key: alert.alert_key,
    subject: alert.subject_label,
    link: familyAlertLink(alert),
    quartier: alert.quartier ? translate(lang, 'alerts.inQuartier', { quartier: alert.quartier }) : null,
    what: words.what,
    since: words.since ?? missingValue(LOCALE_BY_LANG[lang]),
    sentence: words.sentence,
    severity: alert.severity,
    acknowledged,
    acknowledgedBy: acknowledged ? alert.acknowledged_by : null,
    acknowledgedOn:
      acknowledged && alert.acknowledged_at ? formatDate(alert.acknowledged_at, LOCALE_BY_LANG[lang]) : null,
    comment: acknowledged ? alert.comment : null,
  };
}

/** The programmes, vacancy and footfall sections, always in that order, each one most serious first. */
export function buildFamilyAlertSections(alerts: readonly FamilyAlert[], lang: Lang): FamilyAlertSection[] {
  return ALERT_FAMILIES.map((family) => ({
    family,
    title: translate(lang, FAMILY_KEYS[family].title),
    subjectHeading: translate(lang, FAMILY_KEYS[family].subject),
    none: translate(lang, FAMILY_KEYS[family].none),
    alerts: alerts
      .filter((alert) => alert.family === family)
      .sort(bySeverity)
      .map((alert) => toFamilyAlertView(alert, lang)),
  }));
}
