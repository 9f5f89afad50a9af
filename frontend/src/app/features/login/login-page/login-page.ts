import { Component, computed, ElementRef, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { loginPageActions } from '../../../core/auth/login-page.actions';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { userLabel } from '../../../core/auth/session-user';
import { userMenuActions } from '../../../core/auth/user-menu.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ROLE_LABELS } from '../../../core/layout/account-menu';
import { loginFailureText, readLoginReason } from './login-messages';

/**
 * Sign in with email and password. Says why the person was sent here (a page that needs an account, or a role that
 * does not open it), explains a refusal without telling whether the email exists, and goes back to the page after.
 */
@Component({
  selector: 'app-login-page',
  imports: [TranslatePipe, RouterLink],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly store = inject(Store);
  private readonly query = inject(ActivatedRoute).queryParamMap;
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly returnUrl = toSignal(this.query.pipe(map((params) => safeReturnUrl(params.get('returnUrl')))), {
    initialValue: '/overview',
  });
  protected readonly reason = toSignal(this.query.pipe(map((params) => readLoginReason(params.get('reason')))), {
    initialValue: null,
  });
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly pending = this.store.selectSignal(authFeature.selectLoginPending);
  private readonly failure = this.store.selectSignal(authFeature.selectLoginFailure);
  private readonly lang = this.store.selectSignal(contextFeature.selectLang);

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly tried = signal(false);
  protected readonly emailMissing = computed(() => this.tried() && !this.email().trim());
  protected readonly passwordMissing = computed(() => this.tried() && !this.password());
  protected readonly failureText = computed(() => loginFailureText(this.failure(), this.lang()));
  protected readonly userName = computed(() => {
    const user = this.user();
    return user ? userLabel(user) : '';
  });
  protected readonly roleKey = computed(() => ROLE_LABELS[this.user()?.role ?? 'public']);

  constructor() {
    this.store.dispatch(loginPageActions.opened());
    // A refusal is announced (role="alert") and takes the focus, so keyboard users land on it.
    effect(() => {
      if (this.failureText()) this.errorBox()?.nativeElement.focus();
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (!this.email().trim() || !this.password()) return;
    this.store.dispatch(
      loginPageActions.submitted({
        email: this.email().trim(),
        password: this.password(),
        returnUrl: this.returnUrl(),
      }),
    );
    this.password.set('');
  }

  protected signOut(): void {
    this.store.dispatch(userMenuActions.signOutClicked());
  }
}
