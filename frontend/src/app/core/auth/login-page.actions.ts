import { createActionGroup, emptyProps, props } from '@ngrx/store';

/** What the person does on the sign-in page (features/login). Declared here: the session is core state. */
export const loginPageActions = createActionGroup({
  source: 'Login Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ email: string; password: string; returnUrl: string }>(),
  },
});
