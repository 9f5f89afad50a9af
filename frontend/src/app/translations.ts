import { FeatureDictionaries } from './core/i18n/dictionaries';
import { ALERTS_EN, ALERTS_FR } from './features/alerts';
import { BRIEF_EN, BRIEF_FR } from './features/brief';
import { BUDGET_EN, BUDGET_FR } from './features/budget';
import { COMMERCE_EN, COMMERCE_FR } from './features/commerce';
import { FLUIDS_EN, FLUIDS_FR } from './features/fluids';
import { IMPORTS_EN, IMPORTS_FR } from './features/imports';
import { LOGIN_EN, LOGIN_FR } from './features/login';
import { NEIGHBOURHOOD_EN, NEIGHBOURHOOD_FR } from './features/neighbourhood';
import { OVERVIEW_EN, OVERVIEW_FR } from './features/overview';
import { PRESENTATION_EN, PRESENTATION_FR } from './features/presentation';

/**
 * Each feature's strings, which core's translator composes with the app-wide ones (`useFeatureDictionaries`, called
 * by main.ts and the specs' setup). They meet here because the app is the one part allowed to import every feature.
 */
export const FEATURE_DICTIONARIES: FeatureDictionaries = {
  alerts: { fr: ALERTS_FR, en: ALERTS_EN },
  brief: { fr: BRIEF_FR, en: BRIEF_EN },
  budget: { fr: BUDGET_FR, en: BUDGET_EN },
  commerce: { fr: COMMERCE_FR, en: COMMERCE_EN },
  fluids: { fr: FLUIDS_FR, en: FLUIDS_EN },
  imports: { fr: IMPORTS_FR, en: IMPORTS_EN },
  login: { fr: LOGIN_FR, en: LOGIN_EN },
  neighbourhood: { fr: NEIGHBOURHOOD_FR, en: NEIGHBOURHOOD_EN },
  overview: { fr: OVERVIEW_FR, en: OVERVIEW_EN },
  presentation: { fr: PRESENTATION_FR, en: PRESENTATION_EN },
};
