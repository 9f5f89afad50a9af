import { formatMonth, formatNumber, plainSpaces } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { level } from '../../../shared/summaries/sentence-parts';

/** Amounts as people say them: "10,1 millions d'euros", "371 242 €" ("€10.1 million" in English). */
export function plainAmount(value: number, lang: Lang): string {
  const locale = LOCALE_BY_LANG[lang];
  const abs = Math.abs(value);
  if (abs >= 1e6) {
    const millions = plainSpaces(formatNumber(value / 1e6, locale, 1));
    if (lang === 'en') return `€${millions} million`;
    return `${millions} ${abs >= 2e6 ? 'millions' : 'million'} d'euros`;
  }
  return level(Math.round(value), 'euros', lang);
}

/** 1 -> "1er", 2 -> "2e" in French; "1st", "2nd", "3rd", "4th" in English. */
export function ordinal(rank: number, lang: Lang): string {
  if (lang === 'fr') return rank === 1 ? '1er' : `${rank}e`;
  const tens = rank % 100;
  if (tens >= 11 && tens <= 13) return `${rank}th`;
  return `${rank}${['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th'}`;
}

/** A share in whole percents, as said aloud: 0.914 -> "91 %" (French spacing), "91%" in English. */
export function plainPercent(fraction: number, lang: Lang): string {
  const whole = formatNumber(Math.round(fraction * 100), LOCALE_BY_LANG[lang], 0);
  return lang === 'fr' ? `${whole} %` : `${whole}%`;
}

export function count(value: number, lang: Lang): string {
  return level(value, 'integer', lang);
}

/** "2025-06-30" -> "juin 2025". */
export function monthYear(isoDate: string, lang: Lang): string {
  return formatMonth(isoDate.slice(0, 10), LOCALE_BY_LANG[lang]);
}

/**
 * Rank of one item among others by a value, highest first (1 = highest); null when the item has no value.
 * Items without a value are left out of the count.
 */
export function rankOf<T>(
  items: readonly T[],
  value: (item: T) => number | null,
  item: T,
): { rank: number; of: number } | null {
  const mine = value(item);
  if (mine === null) return null;
  const valued = items.map(value).filter((v): v is number => v !== null);
  return { rank: valued.filter((v) => v > mine).length + 1, of: valued.length };
}

/**
 * Projector typography: a number never leaves its unit or its thousands on another line ("13,5 %", "1 234 €",
 * "12 000 habitants" keep together).
 */
export function nonBreaking(text: string): string {
  return text
    .replace(/\u202f/g, '\u00a0')
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0')
    .replace(/(\d) (%|€|millions?\b|ans\b|mois\b)/g, '$1\u00a0$2');
}
