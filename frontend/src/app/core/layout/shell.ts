import { Component, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map, pairwise } from 'rxjs';
import { contextFeature } from '../context/context.feature';
import { shellActions } from '../context/shell.actions';
import { Lang } from '../i18n/lang';
import { TranslatePipe } from '../i18n/translate-pipe';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The page frame: skip link, banner with context selectors, main content, footer. Reads the context store. */
@Component({
  selector: 'app-shell',
  imports: [AppHeader, AppFooter, RouterOutlet, TranslatePipe],
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ 'shell.skipLink' | t }}</a>
    <app-header
      [communes]="communes()"
      [commune]="commune()"
      [year]="year()"
      [lang]="lang()"
      [communesStatus]="communesStatus()"
      (communeChange)="selectCommune($event)"
      (yearChange)="selectYear($event)"
      (langChange)="selectLang($event)"
    />
    <main id="main" #main class="page-width main" tabindex="-1">
      <router-outlet />
    </main>
    <app-footer [isDemo]="isDemo()" />
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
