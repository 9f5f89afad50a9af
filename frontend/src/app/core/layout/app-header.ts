import { Component, input, output } from '@angular/core';
import { SessionUser } from '../auth/session-user';
import { Commune } from '../context/commune';
import { LoadStatus } from '../context/context.feature';
import { Lang } from '../i18n/lang';
import { TranslatePipe } from '../i18n/translate-pipe';
import { AccountMenu } from './account-menu';
import { ContextPicker } from './context-picker';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/** The banner: name, commune and year, language, then the navigation. Inputs and outputs only. */
@Component({
  selector: 'app-header',
  imports: [AccountMenu, ContextPicker, LanguageSwitch, MainNav, TranslatePipe],
  template: `
    <header class="banner">
      <div class="banner-inner">
        <p class="brand">
          <span class="brand-name">{{ 'app.name' | t }}</span>
          <span class="brand-tagline">{{ 'app.tagline' | t }}</span>
        </p>
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
    </header>
    <div class="nav-band">
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
    .nav-band {
      background: var(--color-surface);
      border-block-end: 1px solid var(--color-border);
    }
  `,
})
export class AppHeader {
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
