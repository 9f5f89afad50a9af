import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Lang } from '../i18n/lang';

/** What the person does in the application shell (header selectors, language switch). */
export const shellActions = createActionGroup({
  source: 'Shell',
  events: {
    Opened: emptyProps(),
    'Commune Selected': props<{ commune: string }>(),
    'Year Selected': props<{ year: number }>(),
    'Language Selected': props<{ lang: Lang }>(),
  },
});
