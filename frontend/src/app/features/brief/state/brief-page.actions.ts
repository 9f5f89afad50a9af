import { createActionGroup, props } from '@ngrx/store';

export const briefPageActions = createActionGroup({
  source: 'Brief Page',
  events: {
    /** The brief is shown for a commune and year (again after a sign-in: its alerts are for staff). */
    Opened: props<{ commune: string; year: number; staff: boolean }>(),
  },
});
