import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { LoginFailure } from './login-failure';
import { SessionUser } from './session-user';

export const authApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Session Loaded': props<{ user: SessionUser | null }>(),
    'Session Failure': props<{ error: string }>(),
    'Login Success': props<{ user: SessionUser; returnUrl: string }>(),
    'Login Failure': props<{ failure: LoginFailure }>(),
    'Logout Success': emptyProps(),
    'Logout Failure': props<{ error: string }>(),
  },
});
