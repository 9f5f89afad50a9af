import type { ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { checkDuplicates, parseDate, RowReader } from '../values';
import { upsertRows } from '../upsert';
import { isCalculatorGrid, readCalculatorGrid, readRawRows } from './dju-calculator';

interface DegreeDayRecord {
  month: string;
  dju: number;
  station: string | null;
}

const columns = [
  {
    name: 'month',
    required: true,
    description: 'Mois : AAAA-MM, MM/AAAA ou une date du mois',
    aliases: ['mois', 'date', 'periode'],
  },
  {
    name: 'dju',
    required: true,
    description: 'Degrés-jours unifiés de chauffage, base 18 °C',
    aliases: ['degres_jours', 'djc', 'hdd'],
  },
  { name: 'station', required: false, description: 'Station météo de référence', aliases: ['station_meteo'] },
] as const;

/** Reads a month written 2025-01, 01/2025, janvier 2025's first day (2025-01-01 or 01/01/2025). */
export function parseMonth(raw: string): string | undefined {
  const text = raw.trim();
  let match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) return monthStart(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return monthStart(Number(match[2]), Number(match[1]));
  const date = parseDate(text);
  return date ? `${date.slice(0, 7)}-01` : undefined;
}

function monthStart(year: number, month: number): string | undefined {
  if (month < 1 || month > 12 || year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * `degree-days`: monthly heating degree-days (base 18 °C) of the commune's weather station, in two layouts: the
 * columns `month;dju;station`, or the export of a DJU calculator (a preamble, then one row per year and one column
 * per month, see dju-calculator.ts). The layout is recognised from the content.
 */
export const degreeDaysKind: ImportKind<DegreeDayRecord> = {
  kind: 'degree-days',
  description:
    "Degrés-jours unifiés de chauffage par mois (DJU, base 18 °C) : colonnes month;dju;station ou export d'un calculateur DJU",
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const raw = await readRawRows(file, ctx.fileName).catch(() => []);
    if (isCalculatorGrid(raw)) {
      const grid = readCalculatorGrid(raw);
      const records = grid.months.map(({ month, dju }) => ({ month, dju, station: grid.station }));
      const warnings = grid.summary.map((reason) => ({ line: null, column: null, value: null, reason }));
      return { records: grid.issues.length ? [] : records, issues: grid.issues, warnings };
    }
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const parsed: { line: number; record: DegreeDayRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const month = parseMonth(r.raw('month'));
      if (!month) r.fail('month', 'mois illisible (attendu AAAA-MM ou MM/AAAA)');
      const dju = r.number('dju', { required: true, min: 0, max: 1000 });
      const station = r.text('station', { max: 100 });
      if (r.ok) parsed.push({ line: r.line, record: { month: month!, dju: dju!, station: station ?? null } });
    }
    const records = checkDuplicates(parsed, (d) => d.month, issues, 'month');
    return { records, issues };
  },

  write(trx, records, ctx) {
    const rows = records.map((r) => ({ commune_insee: ctx.commune, ...r, import_id: ctx.importId }));
    return upsertRows(trx, 'degree_days', rows, ['commune_insee', 'month']);
  },

  /** What would land: how many months, from when to when, which years and stations. */
  summarize: (records, ctx) => ({
    rows: records.length,
    communes: [ctx.commune],
    years: [...new Set(records.map((r) => Number(r.month.slice(0, 4))))].sort(),
    notes: describeMonths(records),
  }),
};

const monthNames = [
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
const monthLabel = (iso: string) => `${monthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** What a `month;dju;station` file would land: how many months, from when to when, which stations. */
function describeMonths(records: DegreeDayRecord[]): string[] {
  if (records.length === 0) return [];
  const months = records.map((r) => r.month).sort();
  const stations = [...new Set(records.map((r) => r.station ?? 'station non indiquée'))];
  return [
    `${records.length} mois de ${monthLabel(months[0])} à ${monthLabel(months[months.length - 1])} prêts à importer ` +
      `(${stations.length > 1 ? 'stations' : 'station'} ${stations.slice(0, 5).join(', ')}${stations.length > 5 ? '…' : ''}).`,
  ];
}
