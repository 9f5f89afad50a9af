import type { Response } from 'express';
import ExcelJS from 'exceljs';

export interface ExportColumn {
  /** Key in the row. */
  key: string;
  /** Header written in the file (defaults to the key: the same names as the JSON API). */
  header?: string;
}

export type ExportFormat = 'json' | 'csv' | 'xlsx';

/**
 * Sends rows as JSON, or as a file a finance agent opens in Excel: CSV the French way (`;`, decimal comma, UTF-8
 * with a BOM so accents survive) or XLSX with real numbers. Only presentation happens here: the figures are the
 * view's, untouched.
 */
export async function sendRows(
  res: Response,
  rows: Record<string, unknown>[],
  options: { format: ExportFormat; fileName: string; columns?: ExportColumn[]; sheet?: string },
): Promise<void> {
  if (options.format === 'json') {
    res.json(rows);
    return;
  }
  const columns: ExportColumn[] =
    options.columns ?? Object.keys(rows[0] ?? {}).map((key) => ({ key }));
  if (options.format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.header ?? c.key)).join(';')];
    for (const row of rows) lines.push(columns.map((c) => csvCell(csvValue(row[c.key]))).join(';'));
    res.attachment(`${options.fileName}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(`\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  const sheet = workbook.addWorksheet(options.sheet ?? 'Données');
  sheet.columns = columns.map((c) => ({
    header: c.header ?? c.key,
    key: c.key,
    width: Math.max(10, (c.header ?? c.key).length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows)
    sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, xlsxValue(row[c.key])])));
  res.attachment(`${options.fileName}.xlsx`);
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function xlsxValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join(', ');
  return value;
}
