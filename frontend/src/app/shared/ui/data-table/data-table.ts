import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
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
  'decimal',
  'currency',
  'euros',
  'compactCurrency',
  'percent',
  'energy',
]);

let nextId = 0;

/**
 * An accessible table: caption, column and row headers, sortable columns (buttons in the headers,
 * `aria-sort` on the sorted one), numbers in the interface's format, CSV export. A table wider than its box says
 * so above it, shows a shadow where more columns hide, and keeps its first column in place while scrolling.
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

  private readonly destroyRef = inject(DestroyRef);
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');
  private readonly table = viewChild.required<ElementRef<HTMLElement>>('table');
  protected readonly id = `data-table-${nextId++}`;
  /** The table is wider than its box (watched as both resize). */
  protected readonly overflowing = signal(false);
  protected readonly sort = signal<TableSort | null>(null);
  protected readonly headerKey = computed(() => this.rowHeaderKey() ?? this.columns()[0]?.key);
  protected readonly sortedRows = computed(() =>
    sortRows(this.rows(), this.columns(), this.sort(), this.translator.locale()),
  );

  constructor() {
    afterNextRender(() => {
      if (typeof ResizeObserver === 'undefined') return;
      const measure = () => {
        const box = this.scroller().nativeElement;
        this.overflowing.set(this.table().nativeElement.scrollWidth > box.clientWidth + 1);
      };
      const observer = new ResizeObserver(measure);
      observer.observe(this.scroller().nativeElement);
      observer.observe(this.table().nativeElement);
      measure();
      this.destroyRef.onDestroy(() => observer.disconnect());
    });
  }

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
