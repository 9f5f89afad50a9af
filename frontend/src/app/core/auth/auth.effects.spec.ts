import { HttpClient, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, inject, Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { shellActions } from '../context/shell.actions';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { authInterceptor } from './auth-interceptor';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';
import { loginPageActions } from './login-page.actions';
import { SessionUser } from './session-user';
import { userMenuActions } from './user-menu.actions';

@Component({ selector: 'app-auth-blank', template: '' })
class Blank {}

const elected: SessionUser = {
  id: 1,
  email: 'elu@lille.fr',
  role: 'elected',
  commune_insee: '59350',
  display_name: 'Marie Dupont',
};

/** A caller of the API, as a page's data-access service would be. */
@Injectable({ providedIn: 'root' })
class HttpClientForTest {
  private readonly http = inject(HttpClient);
  get(url: string): void {
    this.http.get(url).subscribe({ error: () => undefined });
  }
}

describe('auth effects and interceptor', () => {
  let backend: HttpTestingController;
  let store: Store;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideEffects(authEffects),
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(
          withInterceptors([authInterceptor, apiErrorInterceptor]),
          withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
        ),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  it('asks who is signed in when the application opens', () => {
    store.dispatch(shellActions.opened());
    backend.expectOne('/api/v1/auth/me').flush({ user: elected });
    expect(store.selectSignal(authFeature.selectUser)()).toEqual(elected);
    expect(store.selectSignal(authFeature.selectSessionStatus)()).toBe('known');
  });

  it('signs in, then goes back to the page that asked', async () => {
    store.dispatch(
      loginPageActions.submitted({
        email: 'elu@lille.fr',
        password: 'secret',
        returnUrl: '/brief?commune=59350',
      }),
    );
    const request = backend.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'elu@lille.fr', password: 'secret' });
    request.flush({ user: elected });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/brief?commune=59350');
  });

  it('says "wrong email or password" for a 401 and "too many attempts" for a 429, without offering a sign-in', () => {
    store.dispatch(loginPageActions.submitted({ email: 'x@y.fr', password: 'bad', returnUrl: '/' }));
    backend.expectOne('/api/v1/auth/login').flush(
      {
        error: {
          code: 'invalid_credentials',
          message: 'Adresse e-mail ou mot de passe incorrect',
        },
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    expect(store.selectSignal(authFeature.selectLoginFailure)()).toEqual({
      reason: 'invalid_credentials',
    });
    expect(store.selectSignal(authFeature.selectSignInOffered)()).toBeFalse();

    store.dispatch(loginPageActions.submitted({ email: 'x@y.fr', password: 'bad', returnUrl: '/' }));
    backend.expectOne('/api/v1/auth/login').flush(
      {
        error: {
          code: 'too_many_requests',
          message: 'Trop de tentatives de connexion : réessayez dans quelques minutes',
        },
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    expect(store.selectSignal(authFeature.selectLoginFailure)()).toEqual({
      reason: 'too_many_attempts',
    });
  });

  it('offers to sign in when any other request is refused for want of a session', () => {
    store.dispatch(shellActions.opened());
    backend.expectOne('/api/v1/auth/me').flush({ user: elected });
    store.dispatch(userMenuActions.signOutClicked());
    backend.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    expect(store.selectSignal(authFeature.selectUser)()).toBeNull();

    TestBed.inject(HttpClientForTest).get('/api/v1/imports?commune=59350');
    backend
      .expectOne('/api/v1/imports?commune=59350')
      .flush(
        { error: { code: 'unauthenticated', message: 'Connexion requise' } },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(store.selectSignal(authFeature.selectSignInOffered)()).toBeTrue();
  });
});
