import { DOCUMENT } from '@angular/common';
import { Component, computed, inject, input, signal } from '@angular/core';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { csvBlob } from '../../export/build-csv';
import { fileSlug, saveFile } from '../../export/save-file';
import { nextSort, sortRows, TableSort } from './sort-rows';
import { TableColumn, TableRow } from './table-column';

const NUMERIC_KINDS = new Set([
  'number',
  'integer',
  'currency',
  'euros',
  'compactCurrency',
  'percent',
  'energy',
]);

/**
 * An accessible table: caption, column and row headers, sortable columns (buttons in the headers,
 * `aria-sort` on the sorted one), numbers in the interface's format, CSV export.
 */
@Component({
  selector: 'app-data-table',
  imports: [TranslatePipe, FormatValuePipe],
  templateUrl: './data-table.html',
  styleUrl: './data-table.scss',
})
export class DataTable {
  private readonly document = inject(DOCUMENT);
  private readonly translator = inject(Translator);

  readonly caption = input.required<string>();
  readonly columns = input.required<readonly TableColumn[]>();
  readonly rows = input.required<readonly TableRow[]>();
  readonly sortable = input(true);
  readonly exportable = input(true);
  /** The file name of the CSV, without extension; the caption by default. */
  readonly fileName = input('');
  /** Column whose cells head their row (th scope="row"); the first column by default. */
  readonly rowHeaderKey = input<string | null>(null);

  protected readonly sort = signal<TableSort | null>(null);
  protected readonly headerKey = computed(() => this.rowHeaderKey() ?? this.columns()[0]?.key);
  protected readonly sortedRows = computed(() =>
    sortRows(this.rows(), this.columns(), this.sort(), this.translator.locale()),
  );

  protected isNumeric(column: TableColumn): boolean {
    return NUMERIC_KINDS.has(column.kind);
  }

  protected ariaSort(key: string): string | null {
    const sort = this.sort();
    return sort?.key === key ? sort.direction : null;
  }

  protected sortIcon(key: string): string {
    const sort = this.sort();
    if (sort?.key !== key) return '↕';
    return sort.direction === 'ascending' ? '↑' : '↓';
  }

  protected toggleSort(key: string): void {
    this.sort.update((current) => nextSort(current, key));
  }

  protected downloadCsv(): void {
    const name = fileSlug(this.fileName() || this.caption());
    saveFile(csvBlob(this.columns(), this.sortedRows()), `${name}.csv`, this.document);
  }
}
