import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { ColumnDoc, ImportIssue } from './import-kind';
import { currentLimits, frenchInteger, ImportRefusal, limitVariables } from './limits';
import { CellTooLong, forEachCsvRecord } from './parse-csv';

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
 * sheet) into rows of trimmed strings keyed by the file's own header names. The import's limits (rows, characters
 * of a cell) are checked while reading: past one, the file is refused (ImportRefusal) before it is read to the end.
 * Rows are built as records come (parse-csv.ts), so a large file is held once, as TableRows.
 */
export async function readTable(file: Buffer, fileName: string): Promise<Table> {
  if (isXlsx(file, fileName)) return readXlsx(file);
  const limits = currentLimits();
  const { text, encoding } = decode(file);
  if (
    /^\s*<(\?xml|[\w:]*(DocumentBudgetaire|CompteFinancierUnique))/.test(text) &&
    /docbudgetaire/.test(text.slice(0, 4096))
  ) {
    throw new Error("c'est un document budgétaire TOTEM (XML), pas un tableau : importez-le avec le type budget");
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  try {
    forEachCsvRecord(text, delimiter, limits.maxCellChars, (record, line) => {
      if (header === undefined) {
        header = record.map((h) => h.trim());
        return;
      }
      if (rows.length >= limits.maxRows) throw tooManyRows(limits.maxRows);
      const cells: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) cells[header[i]] = (record[i] ?? '').trim();
      rows.push({ line, cells });
    });
  } catch (error) {
    if (error instanceof CellTooLong) {
      throw cellTooLong(error.line, header?.[error.index] ?? null, error.start, limits.maxCellChars);
    }
    throw error;
  }
  return { header: header ?? [], rows, delimiter, encoding };
}

function cellTooLong(line: number, column: string | null, value: string, max: number): ImportRefusal {
  return new ImportRefusal([
    {
      line,
      column,
      value: value.slice(0, 60),
      reason: `cellule trop longue : plus de ${frenchInteger(max)} caractères (limite ${limitVariables.maxCellChars})`,
    },
  ]);
}

function tooManyRows(max: number): ImportRefusal {
  return new ImportRefusal([
    {
      line: null,
      column: null,
      value: null,
      reason: `fichier trop long : plus de ${frenchInteger(max)} lignes de données (limite ${limitVariables.maxRows}) ; découpez-le, par exemple par année`,
    },
  ]);
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

/**
 * The first sheet of a workbook, read as a stream (rows are counted as they come: a 2-million-row workbook is
 * refused at the row limit, not loaded whole). Cells longer than the limit refuse the file too.
 */
async function readXlsx(file: Buffer): Promise<Table> {
  const limits = currentLimits();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
  let header: string[] = [];
  const rows: TableRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        // row.values is sparse (empty cells are holes): Array.from visits every index
        const values = Array.from((row.values as unknown[]).slice(1), cellText);
        const long = values.findIndex((v) => v.length > limits.maxCellChars);
        if (long >= 0) throw cellTooLong(row.number, header[long] ?? null, values[long], limits.maxCellChars);
        if (header.length === 0) {
          header = values.map((v) => v.trim());
          continue;
        }
        if (values.every((v) => v.trim() === '')) continue;
        if (rows.length >= limits.maxRows) throw tooManyRows(limits.maxRows);
        const cells: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) cells[header[i]] = (values[i] ?? '').trim();
        rows.push({ line: row.number, cells });
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal([
      {
        line: null,
        column: null,
        value: null,
        reason:
          'classeur XLSX illisible (fichier abîmé, protégé par un mot de passe ou qui n’est pas un classeur Excel)',
      },
    ]);
  }
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
export function matchColumns(
  header: string[],
  columns: readonly ColumnDoc[],
): { map: Record<string, string>; issues: ImportIssue[] } {
  const byNormalised = new Map(header.map((h) => [normaliseHeader(h), h]));
  const map: Record<string, string> = {};
  const issues: ImportIssue[] = [];
  for (const column of columns) {
    const names = [column.name, ...(column.aliases ?? [])].map(normaliseHeader);
    const found = names.map((n) => byNormalised.get(n)).find((h) => h !== undefined);
    if (found !== undefined) map[column.name] = found;
    else if (column.required) {
      issues.push({
        line: 1,
        column: column.name,
        value: null,
        reason: `colonne obligatoire absente (en-tête attendu : ${column.name})`,
      });
    }
  }
  return { map, issues };
}

/** Reads a table and maps its rows to documented column names; every row keeps its line number. */
export async function readColumns(file: Buffer, fileName: string, columns: readonly ColumnDoc[]) {
  return mapColumns(await readTable(file, fileName), columns);
}

/** A table already read, its rows mapped to documented column names (for kinds that look at the header first). */
export function mapColumns(table: Table, columns: readonly ColumnDoc[]): { rows: TableRow[]; issues: ImportIssue[] } {
  if (table.header.length === 0) {
    return {
      rows: [] as TableRow[],
      issues: [{ line: 1, column: null, value: null, reason: 'fichier vide : aucun en-tête' }],
    };
  }
  const { map, issues } = matchColumns(table.header, columns);
  const entries = Object.entries(map);
  const rows = table.rows.map((row) => {
    const cells: Record<string, string> = {};
    for (const [name, fileHeader] of entries) cells[name] = row.cells[fileHeader] ?? '';
    return { line: row.line, cells };
  });
  if (rows.length === 0 && issues.length === 0) {
    issues.push({ line: 2, column: null, value: null, reason: 'aucune ligne de données' });
  }
  return { rows, issues };
}
