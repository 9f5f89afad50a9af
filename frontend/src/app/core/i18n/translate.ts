import { textOf, TranslationKey } from './dictionaries';
import { Lang, LOCALE_BY_LANG } from './lang';

export type TranslationParams = Readonly<Record<string, string | number>>;

/**
 * Looks a key up in the language's dictionary, chooses the plural forms (ICU syntax, by the language's rules:
 * `{count, plural, one {# critique} other {# critiques}}`, `=0 {...}` for an exact number, `#` for the number
 * written the language's way) and fills its `{name}` placeholders. Pure once the app has composed the dictionaries at
 * start (`useFeatureDictionaries`): usable in selectors.
 */
export function translate(lang: Lang, key: TranslationKey, params?: TranslationParams): string {
  const text = textOf(lang, key) ?? textOf('fr', key) ?? key;
  if (!params) return text;
  return choosePlurals(text, LOCALE_BY_LANG[lang], params).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

const PLURAL = /\{(\w+),\s*plural,/g;
const pluralRules = new Map<string, Intl.PluralRules>();

/** Replaces each `{name, plural, ...}` block by the form its number takes (nested blocks too). */
export function choosePlurals(text: string, locale: string, params: TranslationParams): string {
  PLURAL.lastIndex = 0;
  const match = PLURAL.exec(text);
  if (!match) return text;
  const forms = new Map<string, string>();
  let at = match.index + match[0].length;
  for (;;) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] === '}' || at >= text.length) break;
    const selector = /^[=\w]+/.exec(text.slice(at))?.[0] ?? '';
    at += selector.length;
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] !== '{' || !selector) return text; // not a plural block after all: leave the text as written
    const end = closingBrace(text, at);
    forms.set(selector, text.slice(at + 1, end));
    at = end + 1;
  }
  const count = toNumber(params[match[1]]);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form =
    (count === null ? undefined : forms.get(`=${count}`)) ??
    (count === null ? undefined : forms.get(rules.select(count))) ??
    forms.get('other') ??
    '';
  const written = count === null ? String(params[match[1]] ?? '') : new Intl.NumberFormat(locale).format(count);
  const chosen = form.replace(/#/g, written);
  return choosePlurals(text.slice(0, match.index) + chosen + text.slice(at + 1), locale, params);
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

function toNumber(value: string | number | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return null;
  const parsed = Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}
