import { Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map, pairwise } from 'rxjs';
import { FreshnessBadge } from '../../shared/ui/freshness/freshness-badge';
import { selectFreshnessItems } from '../../shared/ui/freshness/freshness.selectors';
import { authFeature } from '../auth/auth.feature';
import { userMenuActions } from '../auth/user-menu.actions';
import { contextFeature } from '../context/context.feature';
import { shellActions } from '../context/shell.actions';
import { Lang } from '../i18n/lang';
import { TranslatePipe } from '../i18n/translate-pipe';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The page frame: skip link, banner with context selectors, main content, footer. Reads the context store. */
@Component({
  selector: 'app-shell',
  imports: [AppHeader, AppFooter, FreshnessBadge, RouterLink, RouterOutlet, TranslatePipe],
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ 'shell.skipLink' | t }}</a>
    <!-- the neighbourhood meeting is a full-screen deck: no banner, menus, freshness bar or footer around it -->
    @if (!bare()) {
      <app-header
        [communes]="communes()"
        [commune]="commune()"
        [year]="year()"
        [lang]="lang()"
        [communesStatus]="communesStatus()"
        [user]="user()"
        [returnUrl]="currentUrl()"
        (communeChange)="selectCommune($event)"
        (yearChange)="selectYear($event)"
        (langChange)="selectLang($event)"
        (signOut)="signOut()"
      />
      <div class="page-width shell-notes">
        <app-freshness-badge [items]="freshness()" />
        @if (signInOffered() && !onLoginPage()) {
          <p class="notice sign-in-offer" role="status">
            {{ 'auth.signInOffer' | t }}
            <a routerLink="/login" [queryParams]="{ returnUrl: currentUrl() }">{{ 'auth.signIn' | t }}</a>
          </p>
        }
      </div>
    }
    <main id="main" #main class="main" [class.page-width]="!bare()" [class.bare]="bare()" tabindex="-1">
      <router-outlet />
    </main>
    @if (!bare()) {
      <app-footer [isDemo]="isDemo()" />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 100vh;
    }
    .main {
      flex: 1;
      inline-size: 100%;
      padding-block: 1.5rem;
    }
    .main:focus {
      outline: none;
    }
    .main.bare {
      padding: 0;
    }
    @media (max-width: 40rem) {
      .main {
        padding-block: 0.75rem;
      }
    }
    .sign-in-offer {
      margin-block: 0.5rem 0;
    }
    /* A printed page carries its own cover, dates and sources (see the brief): no banner, menus or footer. */
    @media print {
      app-header,
      app-footer,
      .shell-notes,
      .skip-link {
        display: none !important;
      }
      .main {
        padding: 0;
        max-inline-size: none;
      }
    }
  `,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly communes = this.store.selectSignal(contextFeature.selectCommunes);
  protected readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  protected readonly year = this.store.selectSignal(contextFeature.selectYear);
  protected readonly lang = this.store.selectSignal(contextFeature.selectLang);
  protected readonly communesStatus = this.store.selectSignal(contextFeature.selectCommunesStatus);
  protected readonly isDemo = this.store.selectSignal(contextFeature.selectIsDemo);
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly signInOffered = this.store.selectSignal(authFeature.selectSignInOffered);
  protected readonly freshness = this.store.selectSignal(selectFreshnessItems);
  protected readonly currentUrl = toSignal(
    inject(Router).events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: '/overview' },
  );
  protected readonly onLoginPage = computed(() => this.currentUrl().startsWith('/login'));
  /** Pages shown without the app's chrome (the presentation mode). */
  protected readonly bare = computed(() => this.currentUrl().startsWith('/presentation'));

  constructor() {
    this.store.dispatch(shellActions.opened());
    this.focusMainOnPageChange();
  }

  protected selectCommune(commune: string): void {
    this.store.dispatch(shellActions.communeSelected({ commune }));
  }

  protected selectYear(year: number): void {
    this.store.dispatch(shellActions.yearSelected({ year }));
  }

  protected selectLang(lang: Lang): void {
    this.store.dispatch(shellActions.languageSelected({ lang }));
  }

  protected signOut(): void {
    this.store.dispatch(userMenuActions.signOutClicked());
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** After moving to another page (not after a commune or year change), focus goes to the new content. */
  private focusMainOnPageChange(): void {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.main().nativeElement.focus({ preventScroll: false }));
  }
}
