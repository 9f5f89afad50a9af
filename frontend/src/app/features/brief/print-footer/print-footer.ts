import { DOCUMENT } from '@angular/common';
import { Component, DestroyRef, effect, inject, input, ViewEncapsulation } from '@angular/core';

/** The custom property the printed pages' margin boxes read (a CSS string). */
export const PRINT_FOOTER_PROPERTY = '--pilotage-print-footer';

/** "Lille", "2025" -> a CSS string literal, quotes and backslashes escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/**
 * A4 print layout of the brief: page size and margins, and on every page, in the bottom margin, the commune,
 * the data date, the sources and the page number ("2 / 6"). The text is handed to the page's margin boxes through
 * a custom property on the root element, removed when the brief closes. Renders nothing on screen.
 */
@Component({
  selector: 'app-print-footer',
  template: '',
  encapsulation: ViewEncapsulation.None,
  styles: `
    @page {
      size: A4;
      margin: 14mm 14mm 20mm;
      @bottom-left {
        content: var(--global--pilotage-print-footer, 'Pilotage');
        width: 88%;
        font-family: system-ui, sans-serif;
        font-size: 7.5pt;
        color: #454e5c;
        vertical-align: top;
        padding-block-start: 3mm;
      }
      @bottom-right {
        content: counter(page) ' / ' counter(pages);
        white-space: nowrap;
        width: 10%;
        font-family: system-ui, sans-serif;
        font-size: 8pt;
        color: #454e5c;
        vertical-align: top;
        padding-block-start: 3mm;
      }
    }
    @media print {
      html,
      body {
        background: #fff !important;
        font-size: 10pt;
      }
      .no-print {
        display: none !important;
      }
      .print-only {
        display: block !important;
      }
      .print-break {
        break-before: page;
      }
      h2,
      h3 {
        break-after: avoid;
      }
      /* Icons and status colours carry meaning: print them. */
      app-decision-list .icon,
      app-kpi-card .kpi-status,
      app-comment-notes .comment {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      app-data-table .table-scroll {
        overflow: visible !important;
      }
      app-data-table table {
        inline-size: 100%;
        table-layout: fixed;
        font-size: 8pt;
      }
      app-data-table th,
      app-data-table td,
      app-data-table .sort-button {
        padding: 1mm 1.2mm !important;
        white-space: normal !important;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      app-data-table .sort-button {
        display: inline !important;
      }
      app-data-table .sort-icon,
      app-data-table .table-actions {
        display: none !important;
      }
      app-chart-card .toolbar,
      app-chart-card [role='status'] {
        display: none !important;
      }
      app-chart-card canvas {
        max-inline-size: 100% !important;
      }
    }
    @media screen {
      .print-only {
        display: none !important;
      }
    }
  `,
})
export class PrintFooter {
  private readonly root = inject(DOCUMENT).documentElement;

  /** What every printed page says at its foot: commune, year, data date, sources. */
  readonly text = input.required<string>();

  constructor() {
    effect(() => this.root.style.setProperty(PRINT_FOOTER_PROPERTY, cssString(this.text())));
    inject(DestroyRef).onDestroy(() => this.root.style.removeProperty(PRINT_FOOTER_PROPERTY));
  }
}
