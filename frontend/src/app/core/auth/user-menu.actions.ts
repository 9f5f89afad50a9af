import { createActionGroup, emptyProps } from '@ngrx/store';

/** The account area of the header. */
export const userMenuActions = createActionGroup({
  source: 'User Menu',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});
