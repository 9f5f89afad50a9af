import { Component, input, output } from '@angular/core';
import { Lang } from '../i18n/lang';
import { TranslatePipe } from '../i18n/translate-pipe';

/** FR / EN toggle buttons; each is named in its own language (and marked with that `lang`). */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  template: `
    <div class="switch" role="group" [attr.aria-label]="'shell.language' | t">
      @for (option of options; track option.lang) {
        <button
          type="button"
          class="switch-button"
          [attr.lang]="option.lang"
          [attr.aria-pressed]="option.lang === lang()"
          (click)="langChange.emit(option.lang)"
        >
          {{ option.name }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid currentColor;
      border-radius: 4px;
      overflow: hidden;
    }
    .switch-button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 0;
      padding: 0.35rem 0.6rem;
      cursor: pointer;
    }
    .switch-button[aria-pressed='true'] {
      background: var(--color-header-text);
      color: var(--color-header);
      font-weight: 700;
    }
  `,
})
export class LanguageSwitch {
  readonly lang = input.required<Lang>();
  readonly langChange = output<Lang>();

  protected readonly options: readonly { lang: Lang; name: string }[] = [
    { lang: 'fr', name: 'Français' },
    { lang: 'en', name: 'English' },
  ];
}
