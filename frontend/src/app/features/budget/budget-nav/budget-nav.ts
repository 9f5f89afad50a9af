import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslationKey } from '../../../core/i18n/fr';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

interface BudgetLink {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

/** The budget pages: summary, programmes, where the money goes, partner communes. Keeps ?commune=&year=. */
@Component({
  selector: 'app-budget-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav [attr.aria-label]="'budget.nav.label' | t">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              queryParamsHandling="preserve"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: link.exact }"
              ariaCurrentWhenActive="page"
              >{{ link.label | t }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      list-style: none;
      margin: 0 0 1.25rem;
      padding: 0;
    }
    a {
      display: block;
      padding: 0.35rem 0.8rem;
      border: 2px solid var(--color-primary);
      border-radius: 999px;
      color: var(--color-primary);
      font-weight: 600;
      text-decoration: none;
    }
    a.active {
      background: var(--color-primary);
      color: var(--color-primary-contrast);
    }
  `,
})
export class BudgetNav {
  protected readonly links: readonly BudgetLink[] = [
    { path: '/budget', label: 'budget.nav.overview', exact: true },
    { path: '/budget/programmes', label: 'budget.nav.programmes', exact: false },
    { path: '/budget/quartiers', label: 'budget.nav.places', exact: false },
    { path: '/budget/comparaison', label: 'budget.nav.partners', exact: false },
  ];
}
