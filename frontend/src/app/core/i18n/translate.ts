import { EN } from './en';
import { FR, TranslationKey } from './fr';
import { Lang } from './lang';

export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<TranslationKey, string>>>> = {
  fr: FR,
  en: EN,
};

/** Looks a key up in the language's dictionary and fills its `{name}` placeholders. Pure: usable in selectors. */
export function translate(lang: Lang, key: TranslationKey, params?: TranslationParams): string {
  const text = DICTIONARIES[lang][key] ?? FR[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
