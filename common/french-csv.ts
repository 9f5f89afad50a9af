/**
 * The one CSV writer of Pilotage, for the API's exports (backend/src/http/send-table.ts) and the files the browser
 * saves from a table or a chart (frontend/src/app/shared/export/build-csv.ts): a file that Excel and LibreOffice in
 * French open as is. UTF-8 with a byte order mark (so "Dépenses" keeps its accent), `;` between cells, CRLF line
 * ends, a header line, numbers with a decimal comma and no thousands separator, rates as "12,3%", days as
 * "26/11/2026", instants as "26/11/2026 14:05:00" (Paris time), booleans as "oui"/"non", text that Excel would run
 * as a formula neutralised (OWASP). Pure TypeScript without dependencies: both sides import it.
 */
import { parisDateTime } from './paris-time';

/** How a column's numbers and dates are written; any other kind (text, currency, energy...) by the value's type. */
export type CsvKind = 'percent' | 'date' | 'month' | (string & {});

export interface CsvColumn {
  key: string;
  /** The header cell, already in the reader's language. */
  label: string;
  kind?: CsvKind;
}

/** Byte order mark: tells Excel the file is UTF-8, so "Dépenses" does not turn into "DÃ©penses". */
export const UTF8_BOM = '\uFEFF';

const SEPARATOR = ';';
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The whole file: byte order mark, header line, one line per row, each line ended by CRLF. */
export function frenchCsv(columns: readonly CsvColumn[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  const header = columns.map((column) => quote(neutraliseFormula(column.label))).join(SEPARATOR);
  const lines = rows.map((row) => columns.map((column) => frenchCsvCell(row[column.key], column.kind)).join(SEPARATOR));
  return UTF8_BOM + [header, ...lines].join('\r\n') + '\r\n';
}

/** One cell, quoted when it holds the separator, a quote or a line end. */
export function frenchCsvCell(value: unknown, kind?: CsvKind): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return kind === 'percent' ? `${decimalComma(value * 100, 4)}%` : decimalComma(value, 6);
  }
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return parisDateTime(value);
  if (
    typeof value === 'string' &&
    (isoDay.test(value) || ((kind === 'date' || kind === 'month') && isoDay.test(value.slice(0, 10))))
  )
    return dayFirst(value.slice(0, 10));
  const text = Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  return quote(neutraliseFormula(text));
}

/**
 * CSV injection (OWASP): a cell that starts with =, +, -, @, a tab or a carriage return is a formula to Excel and
 * LibreOffice (`=HYPERLINK(…)` typed as a login email, an imported programme name): it gets a leading apostrophe, so
 * it reads as text. A signed number written as text (-12,5) stays a number.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return text;
  return `'${text}`;
}

function decimalComma(value: number, maximumFractionDigits: number): string {
  return String(Number(value.toFixed(maximumFractionDigits))).replace('.', ',');
}

function quote(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function dayFirst(iso: string): string {
  const [, year, month, day] = isoDay.exec(iso)!;
  return `${day}/${month}/${year}`;
}
