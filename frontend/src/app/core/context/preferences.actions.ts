import { createActionGroup, props } from '@ngrx/store';
import { Lang } from '../i18n/lang';

/** Choices remembered from an earlier visit. */
export const preferencesActions = createActionGroup({
  source: 'Preferences',
  events: {
    'Language Restored': props<{ lang: Lang }>(),
  },
});
