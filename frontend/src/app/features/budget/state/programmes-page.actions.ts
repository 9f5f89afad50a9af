import { createActionGroup, props } from '@ngrx/store';

export const programmesPageActions = createActionGroup({
  source: 'Budget Programmes Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Programme Selected': props<{ programmeId: string | null }>(),
  },
});
