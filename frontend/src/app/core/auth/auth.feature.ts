import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { shellActions } from '../context/shell.actions';
import { authApiActions } from './auth-api.actions';
import { authInterceptorActions } from './auth-interceptor.actions';
import { LoginFailure } from './login-failure';
import { loginPageActions } from './login-page.actions';
import { canEdit, isStaff, SessionUser } from './session-user';

/** Whether a reader sees internal data (bills, alerts, premises history) or the public view only. */
export type Reader = 'internal' | 'public';

/** unknown until `GET /auth/me` has answered; guards wait for `known` (or `error`, read as signed out). */
export type SessionStatus = 'unknown' | 'loading' | 'known' | 'error';

export interface AuthState {
  user: SessionUser | null;
  sessionStatus: SessionStatus;
  loginPending: boolean;
  loginFailure: LoginFailure | null;
  /** The API refused a request for want of a session: the shell offers to sign in. */
  signInOffered: boolean;
}

export const initialAuthState: AuthState = {
  user: null,
  sessionStatus: 'unknown',
  loginPending: false,
  loginFailure: null,
  signInOffered: false,
};

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(shellActions.opened, (state): AuthState => ({ ...state, sessionStatus: 'loading' })),
    on(authApiActions.sessionLoaded, (state, { user }): AuthState => ({
      ...state,
      user,
      sessionStatus: 'known',
    })),
    on(authApiActions.sessionFailure, (state): AuthState => ({
      ...state,
      user: null,
      sessionStatus: 'error',
    })),
    on(loginPageActions.opened, (state): AuthState => ({ ...state, loginFailure: null })),
    on(loginPageActions.submitted, (state): AuthState => ({
      ...state,
      loginPending: true,
      loginFailure: null,
    })),
    on(authApiActions.loginSuccess, (state, { user }): AuthState => ({
      ...state,
      user,
      sessionStatus: 'known',
      loginPending: false,
      loginFailure: null,
      signInOffered: false,
    })),
    on(authApiActions.loginFailure, (state, { failure }): AuthState => ({
      ...state,
      loginPending: false,
      loginFailure: failure,
    })),
    on(authApiActions.logoutSuccess, (state): AuthState => ({
      ...state,
      user: null,
      sessionStatus: 'known',
      signInOffered: false,
    })),
    on(authInterceptorActions.unauthenticatedResponse, (state): AuthState => ({
      ...state,
      user: null,
      signInOffered: true,
    })),
  ),
  extraSelectors: ({ selectUser, selectSessionStatus }) => ({
    selectIsSignedIn: createSelector(selectUser, (user) => user !== null),
    selectRole: createSelector(selectUser, (user) => user?.role ?? null),
    selectIsStaff: createSelector(selectUser, isStaff),
    selectCanEdit: createSelector(selectUser, canEdit),
    /** The session question is settled (an unreachable API counts as signed out). */
    selectSessionSettled: createSelector(selectSessionStatus, (status) => status === 'known' || status === 'error'),
    /**
     * What the reader may read, once the session is settled: 'internal' (staff) or 'public'; null meanwhile.
     * Pages ask the API only for what this allows, so a citizen never meets a refusal.
     */
    selectReader: createSelector(selectSessionStatus, selectUser, (status, user): Reader | null =>
      status === 'known' || status === 'error' ? (isStaff(user) ? 'internal' : 'public') : null,
    ),
  }),
});
