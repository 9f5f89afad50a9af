import { shellActions } from '../context/shell.actions';
import { authApiActions } from './auth-api.actions';
import { authInterceptorActions } from './auth-interceptor.actions';
import { authFeature, AuthState, initialAuthState } from './auth.feature';
import { loginPageActions } from './login-page.actions';
import { SessionUser } from './session-user';

const agent: SessionUser = {
  id: 3,
  email: 'agent@lille.fr',
  role: 'agent',
  commune_insee: '59350',
  display_name: null,
};
const { reducer } = authFeature;

describe('auth feature', () => {
  it('does not know the session until the API has answered', () => {
    const asking = reducer(initialAuthState, shellActions.opened());
    expect(asking.sessionStatus).toBe('loading');
    expect(authFeature.selectSessionSettled.projector(asking.sessionStatus)).toBeFalse();
    const known = reducer(asking, authApiActions.sessionLoaded({ user: null }));
    expect(authFeature.selectSessionSettled.projector(known.sessionStatus)).toBeTrue();
  });

  it('reads an unreachable session endpoint as signed out', () => {
    const state = reducer(initialAuthState, authApiActions.sessionFailure({ error: 'down' }));
    expect(state.user).toBeNull();
    expect(authFeature.selectSessionSettled.projector(state.sessionStatus)).toBeTrue();
  });

  it('follows a sign-in: pending, then the user, or the reason of the refusal', () => {
    let state = reducer(
      initialAuthState,
      loginPageActions.submitted({ email: 'a@b.fr', password: 'x', returnUrl: '/' }),
    );
    expect(state.loginPending).toBeTrue();
    state = reducer(state, authApiActions.loginFailure({ failure: { reason: 'invalid_credentials' } }));
    expect(state.loginPending).toBeFalse();
    expect(state.loginFailure).toEqual({ reason: 'invalid_credentials' });
    state = reducer(state, authApiActions.loginSuccess({ user: agent, returnUrl: '/imports' }));
    expect(state.user).toEqual(agent);
    expect(state.loginFailure).toBeNull();
  });

  it('forgets the user on sign-out and when the API says the session is gone', () => {
    const signedIn: AuthState = { ...initialAuthState, user: agent, sessionStatus: 'known' };
    expect(reducer(signedIn, authApiActions.logoutSuccess()).user).toBeNull();
    const expired = reducer(signedIn, authInterceptorActions.unauthenticatedResponse({ url: '/imports' }));
    expect(expired.user).toBeNull();
    expect(expired.signInOffered).toBeTrue();
  });

  it('tells staff and editors apart', () => {
    expect(authFeature.selectIsStaff.projector(agent)).toBeTrue();
    expect(authFeature.selectCanEdit.projector(agent)).toBeTrue();
    const elected = { ...agent, role: 'elected' as const };
    expect(authFeature.selectIsStaff.projector(elected)).toBeTrue();
    expect(authFeature.selectCanEdit.projector(elected)).toBeFalse();
    expect(authFeature.selectIsStaff.projector(null)).toBeFalse();
    expect(authFeature.selectIsStaff.projector({ ...agent, role: 'public' })).toBeFalse();
  });
});
