import { createActionGroup, props } from '@ngrx/store';

export const partnersPageActions = createActionGroup({
  source: 'Budget Partners Page',
  events: {
    Opened: props<{ year: number; axis: 'nature' | 'function' }>(),
    'Axis Changed': props<{ year: number; axis: 'nature' | 'function' }>(),
  },
});
