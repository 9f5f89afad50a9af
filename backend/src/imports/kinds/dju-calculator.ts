import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportIssue } from '../import-kind';
import { decode, normaliseHeader } from '../read-table';
import { parseFrenchNumber } from '../values';

/**
 * The export of a DJU calculator (Cegibat/GRDF "Calculateur DJU", and the tools that copy its layout): a preamble of
 * "label, value" lines (station, usage, method, base temperature, start and end dates), then a grid with one row per
 * year and one column per month, and a Total. CSV (Windows-1252, `,` or `;`, decimal commas in quotes) or XLSX (sheet
 * "DJU - Mensuel"). Months outside the export's dates are written 0 by the calculator: they are not data.
 */

/** One line of the file as cells (strings), with its line (CSV) or row (XLSX) number. */
export interface RawRow {
  line: number;
  cells: string[];
}

export interface DjuMonth {
  line: number;
  month: string;
  dju: number;
}

export interface DjuGrid {
  station: string | null;
  months: DjuMonth[];
  issues: ImportIssue[];
  /** What the preamble said and what was left out, for the report ("À savoir"). */
  summary: string[];
}

const SHEET = 'DJU - Mensuel';
const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Month number (1-12) of a grid header as calculators write it: JAN, FÉV, MARS, JUIN, JUIL, AOÛT, Déc., February… */
export function monthOfHeader(header: string): number | undefined {
  const h = normaliseHeader(header).replace(/_/g, '');
  if (/^(juin|jun|june)$/.test(h)) return 6;
  if (/^(juil|jul|juillet|july)$/.test(h)) return 7;
  const prefixes = ['jan', 'fe', 'mar', 'av|ap', 'ma[iy]', '', '', 'ao|au', 'sep', 'oct', 'nov', 'de'];
  const found = prefixes.findIndex((p, i) => p !== '' && new RegExp(`^(${p})`).test(h) && (i !== 2 || !/^mai/.test(h)));
  return found >= 0 && h.length <= 9 ? found + 1 : undefined;
}

/** The index of the grid's header row: the first row naming January and December. */
function gridHeaderIndex(rows: RawRow[]): number {
  return rows.findIndex((r) => {
    const months = r.cells.map(monthOfHeader);
    return months.includes(1) && months.includes(12);
  });
}

/** True when the rows hold a DJU calculator grid (and not the `month;dju;station` columns). */
export function isCalculatorGrid(rows: RawRow[]): boolean {
  return gridHeaderIndex(rows) >= 0;
}

/** Reads every line of a CSV or of the calculator's sheet of an XLSX as cells, keeping line numbers. */
export async function readRawRows(file: Buffer, fileName: string): Promise<RawRow[]> {
  if (/\.xlsx$/i.test(fileName) || (file[0] === 0x50 && file[1] === 0x4b)) return readXlsxRows(file);
  const { text } = decode(file);
  const lines = text.split(/\r?\n/);
  const header = lines.find((l) => /jan/i.test(l) && /d[ée]c/i.test(l)) ?? lines[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => header.split(d).length);
  const delimiter = [';', ',', '\t'][counts.indexOf(Math.max(...counts))];
  const records = parseCsv(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) }));
}

async function readXlsxRows(file: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(SHEET)) ??
    sheets.find((s) => isCalculatorGrid(sheetRows(s))) ??
    sheets[0];
  return sheet ? sheetRows(sheet) : [];
}

function sheetRows(sheet: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    rows.push({ line, cells: (row.values as unknown[]).slice(1).map(cellText) });
  });
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: string; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
  }
  return String(value).trim();
}

/**
 * The possible readings of a date as calculators write it: 2021-06-15, 15/06/2021, or the US-style 06/15/21 of an
 * export opened in an English spreadsheet. Both readings are returned when the day could be the month (06/05/21).
 */
export function dateReadings(raw: string): string[] {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!m) return [];
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [a, b] = [Number(m[1]), Number(m[2])];
  const french = valid(year, b, a);
  const us = valid(year, a, b);
  return [...new Set([...french, ...us])];
}

function valid(y: number, m: number, d: number): string[] {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return [];
  return [date.toISOString().slice(0, 10)];
}

interface Preamble {
  station?: { value: string; line: number };
  usage?: { value: string; line: number };
  method?: { value: string; line: number };
  base?: { value: string; line: number };
  start?: { value: string; line: number };
  end?: { value: string; line: number };
}

/** Reads the "label, value" lines above the grid; also "Période : du 01/01/2018 au 15/06/2021" in one cell. */
function readPreamble(rows: RawRow[]): Preamble {
  const found: Preamble = {};
  for (const row of rows) {
    const cells = row.cells.filter((c) => c !== '');
    if (cells.length === 0) continue;
    const label = normaliseHeader(cells[0].replace(/:\s*$/, ''));
    const value = cells.slice(1).join(' ').trim() || cells[0].split(':').slice(1).join(':').trim();
    const set = (key: keyof Preamble, v = value) => {
      if (!found[key] && v) found[key] = { value: v, line: row.line };
    };
    const period = /du\s+(\S+)\s+au\s+(\S+)/i.exec(cells.join(' '));
    if (period) {
      set('start', period[1]);
      set('end', period[2]);
    }
    if (/^station/.test(label)) set('station');
    else if (/^usage|^type_de_dju|^type$/.test(label)) set('usage');
    else if (/^methode/.test(label)) set('method');
    else if (/^temperature|^base|^seuil/.test(label)) set('base');
    else if (/^date_de_debut|^debut|^date_debut|^du$/.test(label)) set('start');
    else if (/^date_de_fin|^fin|^date_fin|^au$/.test(label)) set('end');
  }
  return found;
}

const monthLabel = (iso: string) => `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const fmt = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

type Fail = (line: number | null, column: string | null, value: string | null, reason: string) => void;

/** Where the grid's months, Total and years are, in its header row (months by number, 1-12). */
interface GridColumns {
  header: RawRow;
  months: Map<number, number>;
  total: number | undefined;
  year: number;
}

/** A year row of the grid: its twelve values as written (null = not given). */
interface YearRow {
  line: number;
  year: number;
  values: (number | null)[];
}

/**
 * Turns the rows of a calculator export into monthly DJU: one record per month fully inside the export's dates.
 * A month cut by the start or end date is left out (half a month of degree-days is not that month's figure), and so
 * are the zeros written after the end date; the summary says which. A year's Total must match its months.
 */
export function readCalculatorGrid(rows: RawRow[]): DjuGrid {
  const issues: ImportIssue[] = [];
  const fail: Fail = (line, column, value, reason) =>
    issues.push({ line, column, value: value === null ? null : value.slice(0, 60), reason });
  const headerIndex = gridHeaderIndex(rows);
  const preamble = readPreamble(rows.slice(0, headerIndex));
  checkPreamble(preamble, fail);
  const columns = gridColumns(rows[headerIndex], fail);
  if (!columns) return { station: null, months: [], issues, summary: [] };
  const years = readYears(rows.slice(headerIndex + 1), columns, fail);
  if (years.length === 0) {
    fail(
      columns.header.line + 1,
      null,
      null,
      "aucune ligne d'année sous la grille des mois (attendu par exemple 2021;412,3;…)",
    );
    return { station: null, months: [], issues, summary: [] };
  }
  const dates = exportDates(preamble, years, fail);
  const { months, cut, zerosAfter } = monthsWithin(years, dates, columns, fail);
  const station = preamble.station?.value.slice(0, 100) ?? null;
  return { station, months, issues, summary: describeExport(preamble, dates, cut, zerosAfter) };
}

/** Heating degree-days at base 18 °C only: an export for cooling or at another base is refused. */
function checkPreamble(preamble: Preamble, fail: Fail): void {
  const usage = preamble.usage?.value;
  if (usage && /clim|refroid|froid|cool/i.test(usage)) {
    fail(
      preamble.usage!.line,
      'Usage',
      usage,
      "degrés-jours de climatisation : Pilotage attend les DJU de chauffage (refaites l'export avec l'usage « Chauffage »)",
    );
  }
  const base = preamble.base?.value;
  const baseValue = base ? parseFrenchNumber(base.replace(/\s*°\s*C?$/i, '').replace(/[^\d,.\s-]/g, '')) : undefined;
  if (base && baseValue !== undefined && baseValue !== 18) {
    fail(
      preamble.base!.line,
      'Température de référence',
      base,
      `DJU en base ${fmt(baseValue)} °C : Pilotage attend des DJU base 18 °C (refaites l'export avec 18 °C)`,
    );
  }
}

/** The column of each month, of the Total and of the year in the header row; undefined when a month is missing. */
function gridColumns(header: RawRow, fail: Fail): GridColumns | undefined {
  const months = new Map<number, number>();
  let total: number | undefined;
  header.cells.forEach((cell, i) => {
    const month = monthOfHeader(cell);
    if (month && !months.has(month)) months.set(month, i);
    else if (/^total|^cumul|^annee$/.test(normaliseHeader(cell))) total = i;
  });
  const missing = [...Array(12).keys()].map((i) => i + 1).filter((m) => !months.has(m));
  if (missing.length > 0) {
    fail(
      header.line,
      null,
      null,
      `en-tête de la grille incomplet : il manque ${missing.map((m) => MONTH_NAMES[m - 1]).join(', ')}`,
    );
    return undefined;
  }
  const year = header.cells.findIndex((c, i) => ![...months.values()].includes(i) && i !== total);
  return { header, months, total, year };
}

/** The year rows under the header: the first cell is a year (notes and a "Moyenne" line below the grid are skipped). */
function readYears(rows: RawRow[], columns: GridColumns, fail: Fail): YearRow[] {
  const yearHeader = columns.header.cells[columns.year] || 'année';
  const years: YearRow[] = [];
  const seenYears = new Map<number, number>();
  for (const row of rows) {
    const first = (row.cells[columns.year < 0 ? 0 : columns.year] ?? '').replace(/\.0$/, '');
    if (row.cells.every((c) => c === '')) continue;
    if (!/^(19|20)\d{2}$/.test(first)) {
      if (/^\d+$/.test(first)) fail(row.line, yearHeader, first, 'année illisible (attendu par exemple 2021)');
      continue; // a note or a "Moyenne" line below the grid
    }
    const year = Number(first);
    const before = seenYears.get(year);
    if (before !== undefined) {
      fail(row.line, yearHeader, first, `année déjà donnée ligne ${before}`);
      continue;
    }
    seenYears.set(year, row.line);
    const values = readMonthValues(row, columns, fail);
    checkTotal(row, year, values, columns, fail);
    years.push({ line: row.line, year, values });
  }
  return years;
}

/** A year's twelve monthly values, as written (empty or "-" = not given), each read and checked. */
function readMonthValues(row: RawRow, columns: GridColumns, fail: Fail): (number | null)[] {
  return [...Array(12).keys()].map((i) => {
    const header = columns.header.cells[columns.months.get(i + 1)!];
    const raw = row.cells[columns.months.get(i + 1)!] ?? '';
    if (raw === '' || raw === '-') return null;
    const value = parseFrenchNumber(raw);
    if (value === undefined) fail(row.line, header, raw, 'nombre illisible (attendu par exemple 412,3)');
    else if (value < 0 || value > 1000) fail(row.line, header, raw, 'DJU mensuels hors de 0 à 1 000');
    return value ?? null;
  });
}

/** A year's Total, when written, must be the sum of its months (columns shifted otherwise). */
function checkTotal(row: RawRow, year: number, values: (number | null)[], columns: GridColumns, fail: Fail): void {
  const rawTotal = columns.total === undefined ? '' : (row.cells[columns.total] ?? '');
  const total = rawTotal === '' ? undefined : parseFrenchNumber(rawTotal);
  const sum = values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const header = columns.header.cells[columns.total!];
  if (rawTotal !== '' && total === undefined)
    fail(row.line, header, rawTotal, 'nombre illisible (attendu par exemple 2 412,3)');
  else if (total !== undefined && Math.abs(total - sum) > Math.max(0.65, total * 0.001)) {
    fail(
      row.line,
      header,
      rawTotal,
      `le total de ${year} ne correspond pas à la somme de ses mois (${fmt(sum)}) : colonnes décalées ?`,
    );
  }
}

/**
 * The months that are data: inside the export's dates. A month cut by a date is set aside, and so are the zeros
 * after the end; a value after the end that is not 0 is refused.
 */
function monthsWithin(
  years: YearRow[],
  { start, end }: { start?: string; end?: string },
  columns: GridColumns,
  fail: Fail,
): { months: DjuMonth[]; cut: string[]; zerosAfter: string[] } {
  const months: DjuMonth[] = [];
  const cut: string[] = [];
  const zerosAfter: string[] = [];
  for (const { line, year, values } of years) {
    values.forEach((value, i) => {
      if (value === null) return;
      const month = `${year}-${String(i + 1).padStart(2, '0')}-01`;
      const monthEnd = `${month.slice(0, 8)}${String(lastDay(year, i + 1)).padStart(2, '0')}`;
      if (end && month > end) {
        if (value === 0) zerosAfter.push(month);
        else
          fail(
            line,
            columns.header.cells[columns.months.get(i + 1)!],
            String(value).replace('.', ','),
            `mois après la fin de l'export (${frDate(end)}) mais non nul : vérifiez la date de fin`,
          );
        return;
      }
      if (start && month.slice(0, 7) < start.slice(0, 7)) return; // before the export: written 0 too
      if ((start && start > month) || (end && end < monthEnd)) {
        cut.push(month);
        return;
      }
      months.push({ line, month, dju: value });
    });
  }
  months.sort((a, b) => a.month.localeCompare(b.month));
  return { months, cut, zerosAfter };
}

/** The report's "À savoir": what the preamble said, and which months were left out and why. */
function describeExport(
  preamble: Preamble,
  { start, end }: { start?: string; end?: string },
  cut: string[],
  zerosAfter: string[],
): string[] {
  const station = preamble.station?.value.slice(0, 100) ?? null;
  const usage = preamble.usage?.value;
  const base = preamble.base?.value;
  const described = [
    station ? `station ${station}` : 'station non indiquée',
    usage ? `usage ${usage.toLowerCase()}` : null,
    preamble.method ? `méthode « ${preamble.method.value} »` : null,
    base ? `base ${base}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const summary = [
    `export de calculateur DJU reconnu (${described})${start || end ? `, du ${start ? frDate(start) : '…'} au ${end ? frDate(end) : '…'}` : ''}.`,
  ];
  for (const month of cut) summary.push(`${monthLabel(month)} laissé de côté : mois incomplet dans l'export.`);
  if (zerosAfter.length > 0) {
    summary.push(
      `${zerosAfter.length} mois à 0 après la fin de l'export (${monthLabel(zerosAfter[0])} à ${monthLabel(zerosAfter[zerosAfter.length - 1])}) ignorés : ce ne sont pas des données.`,
    );
  }
  return summary;
}

/**
 * The start and end dates of the export, read from the preamble. A date that reads both ways (06/05/21) is taken the
 * way that agrees with the grid: the calculator writes 0 after the end, so the end is the reading after which every
 * value is 0. Without an end date, the zeros that close the last year are taken as "after the end".
 */
function exportDates(
  preamble: Preamble,
  years: { year: number; values: (number | null)[] }[],
  fail: Fail,
): { start?: string; end?: string } {
  const lastNonZero = years
    .flatMap(({ year, values }) => values.map((v, i) => (v ? `${year}-${String(i + 1).padStart(2, '0')}` : '')))
    .filter(Boolean)
    .sort()
    .pop();
  const pick = (entry: { value: string; line: number } | undefined, label: string, prefer: (d: string) => boolean) => {
    if (!entry) return undefined;
    const readings = dateReadings(entry.value);
    if (readings.length === 0) {
      fail(entry.line, label, entry.value, 'date illisible (attendu JJ/MM/AAAA, AAAA-MM-JJ ou MM/JJ/AA)');
      return undefined;
    }
    return readings.find(prefer) ?? readings[0];
  };
  const end =
    pick(preamble.end, 'Date de fin', (d) => lastNonZero !== undefined && d.slice(0, 7) >= lastNonZero) ??
    (preamble.end || !lastNonZero
      ? undefined
      : `${lastNonZero}-${String(lastDay(Number(lastNonZero.slice(0, 4)), Number(lastNonZero.slice(5, 7)))).padStart(2, '0')}`);
  const start = pick(preamble.start, 'Date de début', (d) => !end || d <= end);
  if (start && end && start > end)
    fail(
      preamble.start!.line,
      'Date de début',
      preamble.start!.value,
      `date de début après la date de fin (${frDate(end)})`,
    );
  return { start, end };
}
