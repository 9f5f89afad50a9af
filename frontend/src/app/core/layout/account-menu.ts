import { Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Role, SessionUser, userLabel } from '../auth/session-user';
import { TranslationKey } from '../i18n/dictionaries';
import { TranslatePipe } from '../i18n/translate-pipe';

export const ROLE_LABELS: Readonly<Record<Role, TranslationKey>> = {
  admin: 'auth.role.admin',
  elected: 'auth.role.elected',
  agent: 'auth.role.agent',
  public: 'auth.role.public',
};

/**
 * The account area of the banner: "Se connecter" for the public, else who is signed in, with which role, and a
 * sign-out button. Inputs and outputs only.
 */
@Component({
  selector: 'app-account-menu',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (user()) {
      <div class="account" role="group" [attr.aria-label]="'auth.account' | t">
        <p class="who">
          <span class="name">{{ name() }}</span><span class="visually-hidden">, </span>
          <span class="role">{{ roleKey() | t }}</span>
        </p>
        <button type="button" class="account-button" (click)="signOut.emit()">
          {{ 'auth.signOut' | t }}
        </button>
      </div>
    } @else {
      <a class="account-button" routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }">
        {{ 'auth.signIn' | t }}
      </a>
    }
  `,
  styles: `
    .account {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .who {
      margin: 0;
      display: flex;
      flex-direction: column;
      line-height: 1.2;
      text-align: end;
    }
    .name {
      font-weight: 700;
    }
    .role {
      font-size: 0.85rem;
    }
    .account-button {
      display: inline-block;
      font: inherit;
      font-weight: 600;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 4px;
      padding: 0.35rem 0.7rem;
      text-decoration: none;
      cursor: pointer;
    }
  `,
})
export class AccountMenu {
  readonly user = input.required<SessionUser | null>();
  /** Where "Se connecter" brings the person back to. */
  readonly returnUrl = input('/overview');
  readonly signOut = output<void>();

  protected readonly roleKey = computed((): TranslationKey => ROLE_LABELS[this.user()?.role ?? 'public']);

  protected readonly name = computed(() => {
    const user = this.user();
    return user ? userLabel(user) : '';
  });
}
