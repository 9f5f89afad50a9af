import { Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** The same rows as files made by the API: CSV the French way and XLSX (numbers stay numbers for Excel). */
@Component({
  selector: 'app-download-links',
  imports: [TranslatePipe],
  template: `
    <p class="downloads">
      <span>{{ 'download.files' | t }} :</span>
      <a
        class="button button--secondary"
        [href]="csv()"
        download
        [attr.aria-label]="'download.label' | t: { name: name(), format: 'CSV' }"
        >CSV</a
      >
      <a
        class="button button--secondary"
        [href]="xlsx()"
        download
        [attr.aria-label]="'download.label' | t: { name: name(), format: 'XLSX' }"
        >XLSX</a
      >
    </p>
  `,
  styles: `
    .downloads {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    a {
      text-decoration: none;
    }
  `,
})
export class DownloadLinks {
  /** What the files hold, for screen readers. */
  readonly name = input.required<string>();
  readonly csv = input.required<string>();
  readonly xlsx = input.required<string>();
}
