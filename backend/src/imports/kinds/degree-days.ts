import { refreshFluidsRollups } from '../../modules/fluids/fluids-rollups';
import type { ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { checkDuplicates, parseDate, RowReader } from '../values';
import { upsertRows } from '../upsert';

interface DegreeDayRecord {
  month: string;
  dju: number;
  station: string | null;
}

const columns = [
  { name: 'month', required: true, description: 'Mois : AAAA-MM, MM/AAAA ou une date du mois', aliases: ['mois', 'date', 'periode'] },
  { name: 'dju', required: true, description: 'Degrés-jours unifiés de chauffage, base 18 °C', aliases: ['degres_jours', 'djc', 'hdd'] },
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

/** `degree-days`: monthly heating degree-days (base 18 °C) of the commune's weather station. */
export const degreeDaysKind: ImportKind<DegreeDayRecord> = {
  kind: 'degree-days',
  description: 'Degrés-jours unifiés de chauffage par mois (DJU, base 18 °C) de la station météo de référence',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
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
    return { records: checkDuplicates(parsed, (d) => d.month, issues, 'month'), issues };
  },

  write(trx, records, ctx) {
    const rows = records.map((r) => ({ commune_insee: ctx.commune, ...r, import_id: ctx.importId }));
    return upsertRows(trx, 'degree_days', rows, ['commune_insee', 'month']);
  },

  /** Weather-corrected consumption depends on the degree-days: rebuild the fluids rollups. */
  afterCommit: (db) => refreshFluidsRollups(db),
};
