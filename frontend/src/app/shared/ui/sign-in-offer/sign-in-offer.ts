import { Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/**
 * Where internal details would be, for a reader without an account: what is reserved, to whom, and a link to sign
 * in that comes back here. Pages show it instead of asking the API (no refusal, no error).
 */
@Component({
  selector: 'app-sign-in-offer',
  imports: [TranslatePipe, RouterLink],
  template: `
    <p class="reserved">
      {{ what() }}
      {{ 'auth.reservedToStaff' | t }}
      <a routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }">{{ 'auth.signIn' | t }}</a>
    </p>
  `,
  styles: `
    .reserved {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--color-border);
      background: var(--color-surface, #ffffff);
      max-inline-size: 60rem;
    }
  `,
})
export class SignInOffer {
  private readonly router = inject(Router);
  /** What is reserved, as a sentence: "Les alertes par bâtiment sont internes." */
  readonly what = input.required<string>();

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  protected readonly returnUrl = computed(() => this.url());
}
