import { CORE_EN } from './en';
import { CORE_FR } from './fr';
import { Lang } from './lang';

/**
 * The French dictionary of each part of the interface, by name: core's app-wide strings, and each feature's, which
 * the feature adds from its own `i18n/fr.ts` (`declare module` merges into this interface). Core may not import a
 * feature (docs/adr/0018), yet it must know every key: `translate` and the `t` pipe accept real keys only.
 */
export interface FrenchDictionaries {
  core: typeof CORE_FR;
}

/** A key of any of the dictionaries. */
export type TranslationKey = {
  [Name in keyof FrenchDictionaries]: keyof FrenchDictionaries[Name];
}[keyof FrenchDictionaries];

/** One part's strings in both languages: English has exactly the keys of French. */
export interface Dictionary<French extends object> {
  readonly fr: French;
  readonly en: Readonly<Record<keyof French, string>>;
}

/** Every feature's dictionary, under the name the feature gave it: one left out, or one too many, fails to compile. */
export type FeatureDictionaries = {
  readonly [Name in Exclude<keyof FrenchDictionaries, 'core'>]: Dictionary<FrenchDictionaries[Name]>;
};

type Lookup = Readonly<Record<Lang, Readonly<Partial<Record<string, string>>>>>;

let lookup: Lookup = { fr: CORE_FR, en: CORE_EN };

/**
 * Composes core's and the features' dictionaries into the one lookup `translate` reads. The app calls it once, before
 * anything is translated (main.ts, and the specs' setup): the app is the part allowed to import every feature.
 */
export function useFeatureDictionaries(features: FeatureDictionaries): void {
  const all: readonly Dictionary<object>[] = [{ fr: CORE_FR, en: CORE_EN }, ...Object.values(features)];
  lookup = {
    fr: Object.assign({}, ...all.map((dictionary) => dictionary.fr)),
    en: Object.assign({}, ...all.map((dictionary) => dictionary.en)),
  };
}

/** The text of a key in a language, when a dictionary has it. */
export function textOf(lang: Lang, key: string): string | undefined {
  return lookup[lang][key];
}
