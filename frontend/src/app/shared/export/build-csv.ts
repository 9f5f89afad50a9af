import { frenchCsv, UTF8_BOM } from '../../../../../common/french-csv';
import { TableColumn, TableRow } from '../ui/data-table/table-column';

export { UTF8_BOM };

/**
 * The CSV of a table or a chart, written by the one French writer the API's exports use too (common/french-csv.ts):
 * UTF-8 with BOM, `;`, decimal comma, rates "12,3%", days "26/11/2026", CRLF, formulas neutralised.
 */
export function buildCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  return frenchCsv(columns, rows);
}

export function csvBlob(columns: readonly TableColumn[], rows: readonly TableRow[]): Blob {
  return new Blob([buildCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
