import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate-pipe';

interface NavItem {
  path: string;
  label: TranslationKey;
}

/** The page families. Links keep `?commune=&year=`; the current page is marked with aria-current. */
@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav [attr.aria-label]="'shell.mainNav' | t">
      <ul>
        @for (item of items; track item.path) {
          <li>
            <a
              [routerLink]="item.path"
              queryParamsHandling="preserve"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ item.label | t }}</a
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
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    a {
      display: block;
      padding: 0.6rem 0.9rem;
      color: var(--color-text);
      text-decoration: none;
      border-block-end: 4px solid transparent;
      font-weight: 600;
    }
    a:hover {
      border-block-end-color: var(--color-border);
    }
    a.active {
      border-block-end-color: var(--color-primary);
      color: var(--color-primary);
    }
  `,
})
export class MainNav {
  protected readonly items: readonly NavItem[] = [
    { path: '/overview', label: 'nav.overview' },
    { path: '/budget', label: 'nav.budget' },
    { path: '/fluids', label: 'nav.fluids' },
    { path: '/commerce', label: 'nav.commerce' },
    { path: '/quartiers', label: 'nav.quartiers' },
  ];
}
