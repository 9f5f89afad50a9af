import {
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatSignedPoints,
  plainSpaces,
} from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';

/** Figures inside the town-centre sentences, in the interface's language, with plain spaces (screen readers, copy). */
export const words = (lang: Lang) => {
  const locale = LOCALE_BY_LANG[lang];
  return {
    percent: (fraction: number) => plainSpaces(formatPercent(fraction, locale)),
    signedPercent: (fraction: number) => plainSpaces(formatSignedPercent(fraction, locale)),
    /** A change of a rate: 0.05 -> "+5,0 pt". */
    points: (delta: number) => plainSpaces(formatSignedPoints(delta, locale)),
    number: (value: number, digits = 0) => plainSpaces(formatNumber(value, locale, digits)),
    date: (iso: string) => plainSpaces(formatDate(iso, locale)),
    /** "2025-12" or "2025-12-01" -> "décembre 2025". */
    month: (month: string) => plainSpaces(formatMonth(month.length === 7 ? `${month}-01` : month, locale)),
  };
};

const FEMININE = /^(rue|place|promenade|route|ruelle|cité|voie|grand'place|grand-place)\b/i;
const MASCULINE = /^(boulevard|quai|cours|chemin|square|parvis|passage|faubourg|mail|pont|carrefour|rond-point)\b/i;
const ELIDED = /^(avenue|allée|impasse|esplanade)\b/i;

/**
 * A street name with its French article, for sentences: "la rue de Béthune", "le boulevard de la Liberté",
 * "l'avenue Foch"; names that start otherwise stay as they are. English keeps the name.
 */
export function withArticle(street: string, lang: Lang): string {
  if (lang !== 'fr') return street;
  if (FEMININE.test(street)) return `la ${street}`;
  if (MASCULINE.test(street)) return `le ${street}`;
  if (ELIDED.test(street)) return `l’${street}`;
  return street;
}
