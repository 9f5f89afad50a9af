import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeFr from '@angular/common/locales/fr';
import { EnvironmentProviders, inject, LOCALE_ID, makeEnvironmentProviders } from '@angular/core';
import { DEFAULT_LANG, LOCALE_BY_LANG } from './lang';
import { LanguageStorage } from './language-storage';

registerLocaleData(localeFr, 'fr-FR');
registerLocaleData(localeEnGb, 'en-GB');

/**
 * LOCALE_ID for Angular's own pipes: 'fr-FR', or 'en-GB' when English was chosen before this page load.
 * Pilotage's `fmt` pipe follows the language signal and switches at once.
 */
export function provideLocale(): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: LOCALE_ID,
      useFactory: () => LOCALE_BY_LANG[inject(LanguageStorage).read() ?? DEFAULT_LANG],
    },
  ]);
}
