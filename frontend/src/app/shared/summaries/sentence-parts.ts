import { formatSignedPercent, formatValue, plainSpaces, ValueKind } from '../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../core/i18n/lang';

/** "Les dépenses" -> "les dépenses", for a subject placed inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** Figures inside sentences: plain spaces so that screen readers and copy-paste behave. */
export function level(value: number, kind: ValueKind, lang: Lang): string {
  return plainSpaces(formatValue(value, kind, LOCALE_BY_LANG[lang]));
}

export function signedChange(fraction: number, lang: Lang): string {
  return plainSpaces(formatSignedPercent(fraction, LOCALE_BY_LANG[lang]));
}
