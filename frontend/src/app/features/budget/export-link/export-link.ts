import { Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** A download of the same rows as an XLSX file made by the API (numbers stay numbers for Excel). */
@Component({
  selector: 'app-export-link',
  imports: [TranslatePipe],
  template: `
    <a class="button button--secondary export-link" [href]="href()" download
      >{{ 'budget.downloadXlsx' | t }}<span class="visually-hidden"> : {{ name() }}</span></a
    >
  `,
  styles: `
    .export-link {
      display: inline-block;
      text-decoration: none;
      margin-block-start: 0.5rem;
    }
  `,
})
export class ExportLink {
  readonly href = input.required<string>();
  /** What the file holds, read by screen readers after the visible text ("Télécharger XLSX : Voté et réalisé par chapitre"). */
  readonly name = input.required<string>();
}
