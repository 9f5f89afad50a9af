/** The interface languages. French comes first: it is the language of the municipalities using Pilotage. */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export const DEFAULT_LANG: Lang = 'fr';

/** The Intl / Angular locale used for numbers and dates in each language. */
export const LOCALE_BY_LANG: Readonly<Record<Lang, string>> = {
  fr: 'fr-FR',
  en: 'en-GB',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
