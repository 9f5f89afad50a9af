import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideStore, Store } from '@ngrx/store';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { loginPageActions } from '../../../core/auth/login-page.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { LoginPage } from './login-page';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let host: HTMLElement;
  let store: Store;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'login', component: LoginPage }]),
        provideStore({
          [authFeature.name]: authFeature.reducer,
          [contextFeature.name]: contextFeature.reducer,
        }),
      ],
    });
    store = TestBed.inject(Store);
    spyOn(store, 'dispatch').and.callThrough();
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(LoginPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => host.remove());

  function type(selector: string, value: string): void {
    const input = host.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('says why the page opened and labels both fields', async () => {
    await open('/login?returnUrl=%2Fimports&reason=signin');
    expect(text(host.querySelector('h1'))).toBe('Connexion');
    expect(text(host.querySelector('.notice'))).toBe('Cette page est réservée aux personnes connectées.');
    expect(text(host.querySelector('label[for="login-email"]'))).toBe('Adresse électronique');
    expect(host.querySelector('#login-password')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('points at the empty fields instead of sending', async () => {
    await open('/login');
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(host.querySelector('#login-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('#login-email')?.getAttribute('aria-describedby')).toBe('login-email-error');
    expect(text(host.querySelector('#login-password-error'))).toBe('Saisissez votre mot de passe.');
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: loginPageActions.submitted.type }),
    );
  });

  it('signs in and comes back to the page asked for', async () => {
    await open('/login?returnUrl=%2Fimports%3Fcommune%3D59350');
    type('#login-email', ' agent@lille.fr ');
    type('#login-password', 'long password');
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      loginPageActions.submitted({
        email: 'agent@lille.fr',
        password: 'long password',
        returnUrl: '/imports?commune=59350',
      }),
    );
  });

  it('announces a refusal without telling whether the email exists, and moves the focus to it', async () => {
    await open('/login');
    store.dispatch(authApiActions.loginFailure({ failure: { reason: 'invalid_credentials' } }));
    await fixture.whenStable();
    const alert = host.querySelector('[role="alert"]') as HTMLElement;
    expect(text(alert)).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(document.activeElement).toBe(alert);
  });

  it('tells a signed-in user whose role does not open the page, and offers to sign out', async () => {
    await open('/login?returnUrl=%2Fimports&reason=forbidden');
    store.dispatch(
      authApiActions.sessionLoaded({
        user: {
          id: 1,
          email: 'elu@lille.fr',
          role: 'elected',
          commune_insee: null,
          display_name: 'Marie Dupont',
        },
      }),
    );
    await fixture.whenStable();
    expect(text(host.querySelector('.notice'))).toContain('Votre rôle (Élu) ne permet pas d’ouvrir la page demandée.');
    expect(text(host)).toContain('Vous êtes connecté·e : Marie Dupont (Élu).');
    expect(host.querySelector('form')).toBeNull();
  });
});
