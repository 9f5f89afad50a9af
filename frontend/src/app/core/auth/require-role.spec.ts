import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideStore, Store } from '@ngrx/store';
import { authApiActions } from './auth-api.actions';
import { authFeature } from './auth.feature';
import { requireRole } from './require-role';

@Component({ selector: 'app-imports-stub', template: '<p>imports</p>' })
class ImportsStub {}
@Component({ selector: 'app-login-stub', template: '<p>login</p>' })
class LoginStub {}

describe('requireRole', () => {
  let router: Router;
  let store: Store;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideRouter([
          { path: 'imports', component: ImportsStub, canActivate: [requireRole('admin', 'agent')] },
          { path: 'login', component: LoginStub },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    store = TestBed.inject(Store);
  });

  it('waits for the session, then sends the public to the sign-in page with the way back', async () => {
    const navigation = router.navigateByUrl('/imports?commune=59350');
    store.dispatch(authApiActions.sessionLoaded({ user: null }));
    await navigation;
    expect(router.url).toBe('/login?returnUrl=%2Fimports%3Fcommune%3D59350&reason=signin');
  });

  it('tells a signed-in user whose role does not open the page', async () => {
    store.dispatch(
      authApiActions.sessionLoaded({
        user: {
          id: 1,
          email: 'elu@lille.fr',
          role: 'elected',
          commune_insee: null,
          display_name: null,
        },
      }),
    );
    await router.navigateByUrl('/imports');
    expect(router.url).toBe('/login?returnUrl=%2Fimports&reason=forbidden');
  });

  it('lets an agent in', async () => {
    store.dispatch(
      authApiActions.sessionLoaded({
        user: {
          id: 2,
          email: 'agent@lille.fr',
          role: 'agent',
          commune_insee: null,
          display_name: null,
        },
      }),
    );
    await router.navigateByUrl('/imports');
    expect(router.url).toBe('/imports');
  });
});
