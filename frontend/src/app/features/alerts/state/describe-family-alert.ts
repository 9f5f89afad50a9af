import { formatMonth, formatNumber, formatSignedPercent, plainSpaces } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { AlertUnit, FamilyAlert } from '../data-access/alert-rows';

/** An alert of the budget, commerce or flows family in plain words. */
export interface FamilyAlertWords {
  /** "Programme « Piscine de Fives »", "rue de Béthune", "Site « Piétons – rue Léon Gambetta (marché) »". */
  subject: string;
  /** "vacance +21,6 points en 12 mois (6,7 % → 28,3 %)". */
  what: string;
  /** "mars 2026", or null when the API gives no first month. */
  since: string | null;
  /** "rue de Béthune : vacance +21,6 points en 12 mois (6,7 % → 28,3 %), depuis mars 2026". */
  sentence: string;
}

/** A threshold or a gap with its unit: "12,5 %", "1 point", "21,6 points", "6 mois". */
export function amountWithUnit(value: number, unit: AlertUnit, lang: Lang): string {
  const number = plainSpaces(formatNumber(value, LOCALE_BY_LANG[lang], 1));
  const key: TranslationKey =
    unit === '%'
      ? 'alerts.unit.percent'
      : unit === 'months'
        ? 'alerts.unit.months'
        : Math.abs(value) < 2
          ? 'alerts.unit.point'
          : 'alerts.unit.points';
  return translate(lang, key, { value: number });
}

function subjectOf(alert: FamilyAlert, lang: Lang): string {
  if (alert.family === 'budget') return translate(lang, 'alerts.subject.programme', { name: alert.subject_label });
  if (alert.family === 'flows') return translate(lang, 'alerts.subject.site', { name: alert.subject_label });
  return alert.subject_label;
}

function whatOf(alert: FamilyAlert, lang: Lang): string {
  const locale = LOCALE_BY_LANG[lang];
  const known = alert.reference_value !== null && alert.current_value !== null;
  switch (alert.kind) {
    case 'programme_overrun': {
      const value = level(alert.value / 100, 'percent', lang);
      return alert.estimated_cost_eur === null
        ? translate(lang, 'alerts.what.overrun', { value })
        : translate(lang, 'alerts.what.overrunCost', {
            value,
            cost: level(alert.estimated_cost_eur, 'euros', lang),
          });
    }
    case 'programme_slippage':
      return translate(lang, 'alerts.what.slippage', {
        months: level(Math.round(alert.value), 'integer', lang),
      });
    case 'vacancy_spike': {
      const points = `${alert.value > 0 ? '+' : ''}${plainSpaces(formatNumber(alert.value, locale, 1))}`;
      return known
        ? translate(lang, 'alerts.what.vacancyRates', {
            points,
            from: level(alert.reference_value!, 'percent', lang),
            to: level(alert.current_value!, 'percent', lang),
          })
        : translate(lang, 'alerts.what.vacancy', { points });
    }
    case 'footfall_drop': {
      const change = plainSpaces(formatSignedPercent(-alert.value / 100, locale));
      return known
        ? translate(lang, 'alerts.what.footfallCounts', {
            change,
            from: level(alert.reference_value!, 'integer', lang),
            to: level(alert.current_value!, 'integer', lang),
          })
        : translate(lang, 'alerts.what.footfall', { change });
    }
  }
}

/**
 * One alert in words, from the API's figures: a programme's overrun (% and €) or delay (months), a street's vacancy
 * rise (points, rates before and after), a site's footfall fall (%, mean daily counts before and after).
 */
export function describeFamilyAlert(alert: FamilyAlert, lang: Lang): FamilyAlertWords {
  const subject = subjectOf(alert, lang);
  const what = whatOf(alert, lang);
  const since = alert.first_month ? formatMonth(`${alert.first_month}-01`, LOCALE_BY_LANG[lang]) : null;
  return {
    subject,
    what,
    since,
    sentence: since
      ? translate(lang, 'alerts.sentenceSince', { subject, what, since })
      : translate(lang, 'alerts.sentence', { subject, what }),
  };
}

/** The page that details an alert's subject: the programmes, the street, the counting sites (router commands). */
export function familyAlertLink(alert: FamilyAlert): string[] {
  switch (alert.family) {
    case 'budget':
      return ['/budget/programmes'];
    case 'commerce':
      return ['/commerce/rues', alert.street ?? alert.subject_id];
    case 'flows':
      return ['/commerce/flux'];
  }
}
