import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ColumnDoc, ImportIssue } from './import-kind';

/** A data row of a tabular file: its line number in the file (header = line 1) and its cells by canonical column. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  /** Header names as written in the file. */
  header: string[];
  rows: TableRow[];
  delimiter?: string;
  encoding?: string;
}

/**
 * Reads a CSV (`;`, `,` or tab separated, UTF-8 or Windows-1252, with or without BOM) or an XLSX workbook (first
 * sheet) into rows of trimmed strings keyed by the file's own header names.
 */
export async function readTable(file: Buffer, fileName: string): Promise<Table> {
  if (isXlsx(file, fileName)) return readXlsx(file);
  const { text, encoding } = decode(file);
  if (/^\s*<(\?xml|[\w:]*(DocumentBudgetaire|CompteFinancierUnique))/.test(text) && /docbudgetaire/.test(text.slice(0, 4096))) {
    throw new Error("c'est un document budgétaire TOTEM (XML), pas un tableau : importez-le avec le type budget");
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const records = parseCsv(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length === 0) return { header: [], rows: [], delimiter, encoding };
  const header = records[0].record.map((h) => h.trim());
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((h, i) => [h, (record[i] ?? '').trim()])),
  }));
  return { header, rows, delimiter, encoding };
}

function isXlsx(file: Buffer, fileName: string): boolean {
  return /\.xlsx$/i.test(fileName) || (file[0] === 0x50 && file[1] === 0x4b); // ZIP magic "PK"
}

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what Excel FR and many ERPs export). */
export function decode(file: Buffer): { text: string; encoding: string } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(file).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(file, 'win1252'), encoding: 'windows-1252' };
  }
}

function detectDelimiter(headerLine: string): string {
  const candidates = [';', ',', '\t', '|'];
  const counts = candidates.map((d) => headerLine.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? candidates[best] : ';';
}

async function readXlsx(file: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  let header: string[] = [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(cellText);
    if (header.length === 0) {
      header = values.map((v) => v.trim());
      return;
    }
    if (values.every((v) => v === '')) return;
    rows.push({ line: rowNumber, cells: Object.fromEntries(header.map((h, i) => [h, (values[i] ?? '').trim()])) });
  });
  return { header, rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: string; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}

/** Header matching that forgives case, accents, spaces, dashes and a BOM. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * Maps the file's header to the documented columns (by name or alias). Returns, per documented column, the file's
 * header name, and an issue for each required column that is missing.
 */
export function matchColumns(header: string[], columns: readonly ColumnDoc[]): { map: Record<string, string>; issues: ImportIssue[] } {
  const byNormalised = new Map(header.map((h) => [normaliseHeader(h), h]));
  const map: Record<string, string> = {};
  const issues: ImportIssue[] = [];
  for (const column of columns) {
    const names = [column.name, ...(column.aliases ?? [])].map(normaliseHeader);
    const found = names.map((n) => byNormalised.get(n)).find((h) => h !== undefined);
    if (found !== undefined) map[column.name] = found;
    else if (column.required) {
      issues.push({ line: 1, column: column.name, value: null, reason: `colonne obligatoire absente (en-tête attendu : ${column.name})` });
    }
  }
  return { map, issues };
}

/** Reads a table and maps its rows to documented column names; every row keeps its line number. */
export async function readColumns(file: Buffer, fileName: string, columns: readonly ColumnDoc[]) {
  const table = await readTable(file, fileName);
  if (table.header.length === 0) {
    return { rows: [] as TableRow[], issues: [{ line: 1, column: null, value: null, reason: 'fichier vide : aucun en-tête' }] };
  }
  const { map, issues } = matchColumns(table.header, columns);
  const rows = table.rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(Object.entries(map).map(([name, fileHeader]) => [name, row.cells[fileHeader] ?? ''])),
  }));
  if (rows.length === 0 && issues.length === 0) {
    issues.push({ line: 2, column: null, value: null, reason: 'aucune ligne de données' });
  }
  return { rows, issues };
}
