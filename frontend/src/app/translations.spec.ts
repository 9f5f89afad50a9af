import { Dictionary, TranslationKey } from './core/i18n/dictionaries';
import { CORE_EN } from './core/i18n/en';
import { CORE_FR } from './core/i18n/fr';
import { translate } from './core/i18n/translate';
import { FEATURE_DICTIONARIES } from './translations';

describe('The dictionaries', () => {
  const dictionaries: readonly [string, Dictionary<object>][] = [
    ['core', { fr: CORE_FR, en: CORE_EN }],
    ...Object.entries(FEATURE_DICTIONARIES),
  ];

  it('each give the same keys in French and in English', () => {
    for (const [name, { fr, en }] of dictionaries) {
      expect(Object.keys(en).sort()).withContext(name).toEqual(Object.keys(fr).sort());
    }
  });

  it('define each key once: a key in two dictionaries would silently hide one of its texts', () => {
    const owners = new Map<string, string[]>();
    for (const [name, { fr }] of dictionaries) {
      for (const key of Object.keys(fr)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }

    const definedTwice = [...owners].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: ${names}`);

    expect(definedTwice).toEqual([]);
  });

  it('are composed into the one lookup translate reads, for both languages', () => {
    for (const [name, { fr, en }] of dictionaries) {
      for (const [key, text] of Object.entries(fr)) {
        expect(translate('fr', key as TranslationKey))
          .withContext(`${name} fr`)
          .toBe(text);
        expect(translate('en', key as TranslationKey))
          .withContext(`${name} en`)
          .toBe(en[key as keyof typeof en]);
      }
    }
  });

  it('let a feature’s key be translated like an app-wide one', () => {
    expect(translate('fr', 'login.title')).toBe('Connexion');
    expect(translate('en', 'login.title')).toBe('Sign in');
    expect(translate('en', 'nav.overview')).toBe('Overview');
  });
});
