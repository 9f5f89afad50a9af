import { Component, computed, DestroyRef, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { SessionUser } from '../auth/session-user';
import { Commune } from '../context/commune';
import { LoadStatus } from '../context/context.feature';
import { Lang } from '../i18n/lang';
import { TranslatePipe } from '../i18n/translate-pipe';
import { AccountMenu } from './account-menu';
import { ContextPicker } from './context-picker';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/**
 * The banner: name, commune and year, language, then the navigation. Inputs and outputs only. On a phone the
 * banner is one line (the name, the commune and year in view, a Menu button): the selectors, the language, the
 * account and the navigation open under the button, and close when a page is chosen or with Escape.
 */
@Component({
  selector: 'app-header',
  host: { '(keydown.escape)': 'closeOnEscape()' },
  imports: [AccountMenu, ContextPicker, LanguageSwitch, MainNav, TranslatePipe],
  template: `
    <header class="banner">
      <div class="banner-inner">
        <p class="brand">
          <span class="brand-name">{{ 'app.name' | t }}</span>
          <span class="brand-tagline">{{ 'app.tagline' | t }}</span>
        </p>
        @if (contextSummary(); as summary) {
          <p class="context-summary">{{ summary }}</p>
        }
        <button
          #menuButton
          type="button"
          class="menu-button"
          aria-controls="site-menu-tools site-menu-nav"
          [attr.aria-expanded]="menuOpen()"
          (click)="menuOpen.set(!menuOpen())"
        >
          <span class="menu-icon" aria-hidden="true">{{ menuOpen() ? '✕' : '☰' }}</span>
          {{ 'shell.menu' | t }}
        </button>
        <div id="site-menu-tools" class="tools" [class.open]="menuOpen()">
          <app-context-picker
            [communes]="communes()"
            [commune]="commune()"
            [year]="year()"
            [status]="communesStatus()"
            (communeChange)="communeChange.emit($event)"
            (yearChange)="yearChange.emit($event)"
          />
          <app-language-switch [lang]="lang()" (langChange)="langChange.emit($event)" />
          <app-account-menu [user]="user()" [returnUrl]="returnUrl()" (signOut)="signOut.emit()" />
        </div>
      </div>
    </header>
    <div id="site-menu-nav" class="nav-band" [class.open]="menuOpen()">
      <app-main-nav class="page-width" [role]="user()?.role ?? null" />
    </div>
  `,
  styles: `
    .banner {
      background: var(--color-header);
      color: var(--color-header-text);
    }
    .banner-inner {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem 1.5rem;
      max-inline-size: var(--page-width);
      margin-inline: auto;
      padding: 0.75rem 1rem;
    }
    .brand {
      margin: 0 auto 0 0;
      display: flex;
      flex-direction: column;
    }
    .brand-name {
      font-size: 1.6rem;
      font-weight: 800;
      letter-spacing: 0.02em;
    }
    .brand-tagline {
      font-size: 0.9rem;
    }
    .tools {
      display: contents;
    }
    .nav-band {
      background: var(--color-surface);
      border-block-end: 1px solid var(--color-border);
    }
    .menu-button,
    .context-summary {
      display: none;
    }
    /* A phone: one line of banner, the rest behind the Menu button */
    @media (max-width: 40rem) {
      .banner-inner {
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5rem 0.75rem;
        padding-block: 0.5rem;
      }
      .brand-name {
        font-size: 1.3rem;
      }
      .brand-tagline {
        display: none;
      }
      .brand {
        margin: 0;
      }
      .context-summary {
        display: block;
        margin: 0 auto 0 0;
        font-size: 0.9rem;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        min-inline-size: 0;
        flex: 1;
      }
      .menu-button {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        padding: 0.4rem 0.75rem;
        border: 1px solid var(--color-header-text);
        border-radius: 6px;
        background: transparent;
        color: var(--color-header-text);
        font: inherit;
        font-weight: 700;
        cursor: pointer;
      }
      .tools {
        display: none;
      }
      .tools.open {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0.75rem 1rem;
        inline-size: 100%;
        padding-block: 0.5rem;
      }
      .nav-band:not(.open) {
        display: none;
      }
    }
  `,
})
export class AppHeader {
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');
  /** On a phone, whether the menu (selectors, language, account, navigation) is open. */
  protected readonly menuOpen = signal(false);
  /** "Lille · 2025", for the phone's one-line banner (the selectors are in the menu). */
  protected readonly contextSummary = computed(() => {
    const name = this.communes().find((c) => c.insee_code === this.commune())?.name;
    return name ? `${name} · ${this.year()}` : '';
  });

  constructor() {
    const subscription = inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.menuOpen.set(false));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Escape closes the menu and gives the focus back to its button. */
  protected closeOnEscape(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton().nativeElement.focus();
  }

  readonly communes = input.required<readonly Commune[]>();
  readonly commune = input.required<string | null>();
  readonly year = input.required<number>();
  readonly lang = input.required<Lang>();
  readonly communesStatus = input.required<LoadStatus>();
  readonly user = input<SessionUser | null>(null);
  /** The current page, where signing in brings the person back. */
  readonly returnUrl = input('/overview');

  readonly communeChange = output<string>();
  readonly yearChange = output<number>();
  readonly langChange = output<Lang>();
  readonly signOut = output<void>();
}
