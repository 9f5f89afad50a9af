import { FormattableValue, ValueKind } from '../../core/i18n/format-value';
import { TableColumn, TableRow } from '../ui/data-table/table-column';

/** Byte order mark: tells Excel the file is UTF-8, so "Dépenses" does not turn into "DÃ©penses". */
export const UTF8_BOM = '\uFEFF';

const SEPARATOR = ';';

function decimalComma(value: number, maximumFractionDigits: number): string {
  const rounded = Number(value.toFixed(maximumFractionDigits));
  return String(rounded).replace('.', ',');
}

function quote(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV injection (OWASP): text starting with =, +, -, @, a tab or a carriage return would be a formula in Excel (an
 * imported label such as `=HYPERLINK(…)`): a leading apostrophe keeps it text. A signed number stays a number.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return text;
  return `'${text}`;
}

function isoToFrenchDate(value: FormattableValue): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : String(value);
}

function csvCell(value: FormattableValue, kind: ValueKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'date' || kind === 'month') return isoToFrenchDate(value);
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Numbers stay numbers for Excel FR: no thousands separator, decimal comma; rates as "12,3%".
    return kind === 'percent' ? `${decimalComma(value * 100, 4)}%` : decimalComma(value, 6);
  }
  return quote(neutraliseFormula(String(value)));
}

/**
 * A CSV that Excel in French opens as is: UTF-8 with BOM, `;` separator, decimal comma, CRLF line ends,
 * a header line with the column labels.
 */
export function buildCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const header = columns.map((column) => quote(neutraliseFormula(column.label))).join(SEPARATOR);
  const lines = rows.map((row) =>
    columns.map((column) => csvCell(row[column.key], column.kind)).join(SEPARATOR),
  );
  return UTF8_BOM + [header, ...lines].join('\r\n') + '\r\n';
}

export function csvBlob(columns: readonly TableColumn[], rows: readonly TableRow[]): Blob {
  return new Blob([buildCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
