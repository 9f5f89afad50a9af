import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslationKey } from '../../../core/i18n/fr';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

interface FluidsLink {
  path: string;
  label: TranslationKey;
  exact: boolean;
}

/** The fluids family's frame: its pages (keeping ?commune=&year=) above the page shown. */
@Component({
  selector: 'app-fluids-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <nav [attr.aria-label]="'fluids.nav.label' | t">
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
export class FluidsLayout {
  protected readonly links: readonly FluidsLink[] = [
    { path: '/fluids', label: 'fluids.nav.overview', exact: true },
    { path: '/fluids/alertes', label: 'fluids.nav.alerts', exact: false },
    { path: '/fluids/decret-tertiaire', label: 'fluids.nav.trajectory', exact: false },
    { path: '/fluids/regles', label: 'fluids.nav.rules', exact: false },
  ];
}
