import { DOCUMENT } from '@angular/common';
import { Component, inject, input, output } from '@angular/core';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { csvBlob } from '../../../shared/export/build-csv';
import { fileSlug, saveFile } from '../../../shared/export/save-file';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { ExportLink } from '../export-link/export-link';
import { DrillView } from '../state/build-drilldown';

const NUMERIC = new Set(['currency', 'euros', 'percent', 'number', 'integer', 'decimal', 'compactCurrency']);

/**
 * The drill-down from function to chapter to article to the budget lines: where the path stands (each step is a
 * button back), a table whose first cells open the next level, CSV and XLSX downloads of the rows shown.
 */
@Component({
  selector: 'app-drilldown-panel',
  imports: [TranslatePipe, FormatValuePipe, LoadingState, ErrorState, ExportLink],
  templateUrl: './drilldown-panel.html',
  styleUrl: './drilldown-panel.scss',
})
export class DrilldownPanel {
  private readonly document = inject(DOCUMENT);

  readonly view = input.required<DrillView>();
  readonly open = output<string>();
  readonly back = output<number>();

  protected isNumeric(kind: string): boolean {
    return NUMERIC.has(kind);
  }

  protected downloadCsv(): void {
    const view = this.view();
    const rows = view.rows.map((row) => row.cells);
    saveFile(csvBlob(view.columns, rows), `${fileSlug(view.caption)}.csv`, this.document);
  }
}
