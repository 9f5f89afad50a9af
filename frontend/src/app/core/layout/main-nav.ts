import { Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { EDITOR_ROLES, Role, STAFF_ROLES } from '../auth/session-user';
import { TranslationKey } from '../i18n/dictionaries';
import { TranslatePipe } from '../i18n/translate-pipe';

interface NavItem {
  path: string;
  label: TranslationKey;
  /** Only for these roles (the pages of internal data); everyone when absent. */
  roles?: readonly Role[];
}

/**
 * The page families, then the three uses (council brief, neighbourhood meeting, and for staff the alerts and
 * imports). Links keep `?commune=&year=`; the current page is marked with aria-current.
 */
@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav [attr.aria-label]="'shell.mainNav' | t">
      <ul>
        @for (item of items(); track item.path) {
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
      padding: 0.6rem 0.65rem;
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
    /* a phone: the pages one under the other, in the menu */
    @media (max-width: 40rem) {
      ul {
        flex-direction: column;
        gap: 0;
      }
      a {
        border-block-end: 0;
        border-inline-start: 4px solid transparent;
      }
      a.active {
        border-inline-start-color: var(--color-primary);
      }
    }
  `,
})
export class MainNav {
  /** Role of the signed-in user; null for the public. */
  readonly role = input<Role | null>(null);

  private readonly all: readonly NavItem[] = [
    { path: '/overview', label: 'nav.overview' },
    { path: '/budget', label: 'nav.budget' },
    { path: '/fluids', label: 'nav.fluids' },
    { path: '/commerce', label: 'nav.commerce' },
    { path: '/quartiers', label: 'nav.quartiers' },
    { path: '/brief', label: 'nav.brief' },
    { path: '/presentation', label: 'nav.presentation' },
    { path: '/alerts', label: 'nav.alerts', roles: STAFF_ROLES },
    { path: '/imports', label: 'nav.imports', roles: EDITOR_ROLES },
  ];

  protected readonly items = computed(() => {
    const role = this.role();
    return this.all.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
  });
}
