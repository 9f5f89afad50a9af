import { Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

export interface SectionLink {
  path: string;
  label: TranslationKey;
  /** Active only on this exact path (the family's first page), not on the pages below it. */
  exact: boolean;
}

/**
 * The pages of one family (budget, fluids, town centre) as a row of tabs above the page shown. Links keep
 * `?commune=&year=`; the current page is marked with aria-current.
 */
@Component({
  selector: 'app-section-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav [attr.aria-label]="label() | t">
      <ul>
        @for (link of links(); track link.path) {
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
    /* a phone: smaller tabs, so that the page starts in the first screen */
    @media (max-width: 40rem) {
      ul {
        gap: 0.35rem;
        margin-block-end: 0.75rem;
      }
      a {
        padding: 0.2rem 0.6rem;
        font-size: 0.9rem;
      }
    }
  `,
})
export class SectionNav {
  readonly label = input.required<TranslationKey>();
  readonly links = input.required<readonly SectionLink[]>();
}
