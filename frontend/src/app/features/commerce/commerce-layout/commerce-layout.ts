import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslationKey } from '../../../core/i18n/fr';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

interface CommerceLink {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

/** The town-centre family's frame: vacancy, flows and the impact tool (keeping ?commune=&year=) above the page shown. */
@Component({
  selector: 'app-commerce-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <nav [attr.aria-label]="'commerce.nav.label' | t">
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
    <router-outlet />
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
export class CommerceLayout {
  protected readonly links: readonly CommerceLink[] = [
    { path: '/commerce', label: 'commerce.nav.vacancy', exact: true },
    { path: '/commerce/flux', label: 'commerce.nav.flows', exact: false },
    { path: '/commerce/impact', label: 'commerce.nav.impact', exact: false },
  ];
}
