import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { frenchCsv, type CsvKind } from '../../../common/french-csv';

export type ExportFormat = 'json' | 'csv' | 'xlsx';

export interface ExportColumn {
  /** Key in the row. */
  key: string;
  /** Header written in the file; by default the `headers` label, else the key (the JSON API's name). */
  header?: string;
  /** How the CSV writes it ('percent': "12,3%"); by default a rate when its Excel format is a percentage. */
  kind?: CsvKind;
}

export interface ExportSheet {
  /** Sheet name in the workbook (Excel keeps 31 characters). */
  name: string;
  rows: Record<string, unknown>[];
  /** Columns in order; by default the first row's keys. */
  columns?: ExportColumn[];
}

export interface TableOptions {
  format: ExportFormat;
  /** File name without its extension. */
  fileName: string;
  /** One or more tables: each is a sheet of the workbook; a CSV holds the first only. */
  sheets: ExportSheet[];
  /** French headers by key; a column not listed keeps its API name. */
  headers?: Record<string, string>;
  /** Excel number format of a column (`'0.0%'`, `'#,##0.00 "€"'`); none by default. */
  numberFormat?: (key: string) => string | undefined;
  /** Widest XLSX column, in characters; unbounded by default. */
  maxWidth?: number;
  /** The JSON body, when it is not the first sheet's rows. */
  json?: unknown;
}

/**
 * Sends tables as JSON, or as a file a finance agent opens in Excel: CSV the French way (common/french-csv.ts: `;`,
 * decimal comma, rates "12,3%", days "26/11/2026", UTF-8 with a BOM so accents survive, CRLF) or XLSX with real numbers, bold frozen headers, one sheet per table. Only
 * presentation happens here: the figures are the views', untouched.
 */
export async function sendTable(res: Response, options: TableOptions): Promise<void> {
  const { format, fileName, sheets, json = sheets[0].rows } = options;
  if (format === 'json') {
    res.json(json);
    return;
  }
  const header = (column: ExportColumn) => column.header ?? options.headers?.[column.key] ?? column.key;
  if (format === 'csv') {
    const columns = columnsOf(sheets[0]).map((c) => ({
      key: c.key,
      label: header(c),
      kind: c.kind ?? (options.numberFormat?.(c.key)?.endsWith('%') ? 'percent' : undefined),
    }));
    res.attachment(`${fileName}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(frenchCsv(columns, sheets[0].rows));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    const columns = columnsOf(table);
    sheet.columns = columns.map((c) => {
      const numFmt = options.numberFormat?.(c.key);
      return {
        header: header(c),
        key: c.key,
        width: Math.min(options.maxWidth ?? Infinity, Math.max(10, header(c).length + 2)),
        style: numFmt ? { numFmt } : {},
      };
    });
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, xlsxValue(row[c.key])])));
  }
  res.attachment(`${fileName}.xlsx`);
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The usual export: one table of rows, its sheet named `sheet` ('Données' by default). */
export function sendRows(
  res: Response,
  rows: Record<string, unknown>[],
  options: Omit<TableOptions, 'sheets'> & { columns?: ExportColumn[]; sheet?: string },
): Promise<void> {
  const { columns, sheet = 'Données', ...rest } = options;
  return sendTable(res, { ...rest, sheets: [{ name: sheet, rows, columns }] });
}

function columnsOf({ rows, columns }: ExportSheet): ExportColumn[] {
  return columns ?? Object.keys(rows[0] ?? {}).map((key) => ({ key }));
}

/**
 * A workbook cell: strings are written as text cells, which Excel never evaluates; an object (a JSON column) is
 * written as its text, never handed to ExcelJS as such (`{ formula }` or `{ hyperlink }` would become live cells).
 */
function xlsxValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
