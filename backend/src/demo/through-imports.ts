// The demo city lands through the import kinds' write step (ADR 0015): the rows the generator makes are handed to the
// same write functions a real file's records go to (upserts keyed like an import, budgets registered, counting sites
// and premises placed in their quartier from their coordinates, row versions kept for a rollback), each table under
// an `imports` row of its own (imported_by 'demo'). The big tables take the kinds' COPY paths.
import type { Knex } from 'knex';
import type { BudgetImportRecord } from '../imports/kinds/budget';
import { budgetKind } from '../imports/kinds/budget';
import { buildingsKind } from '../imports/kinds/buildings';
import { writeSites, type SiteRecord } from '../imports/kinds/counting-sites';
import { communesKind } from '../imports/kinds/communes';
import { copyHours } from '../imports/kinds/counts-write';
import { debtKind } from '../imports/kinds/debt';
import { degreeDaysKind } from '../imports/kinds/degree-days';
import { interventionsKind } from '../imports/kinds/interventions';
import { premisesKind } from '../imports/kinds/premises';
import { programmesKind, type ProgrammeRecord } from '../imports/kinds/programmes';
import { readingsKind } from '../imports/kinds/readings';
import type { ImportContext, ImportKind } from '../imports/import-kind';
import type { DemoCity, DemoTable } from './index';

/** The tables a kind's write step lands (a kind may land two: meters with readings, credits with programmes). */
export const THROUGH_IMPORTS: readonly DemoTable[] = [
  'communes',
  'buildings',
  'meter_readings',
  'degree_days',
  'budget_lines',
  'debt_outstanding',
  'programmes',
  'premises',
  'counting_sites',
  'counts_hourly',
  'interventions',
];

/** Tables landed with another one's kind (their rows counted there). */
export const LANDED_WITH: Partial<Record<DemoTable, DemoTable>> = {
  meters: 'meter_readings',
  programme_credits: 'programmes',
  premises_status: 'premises',
};

type Row = Record<string, unknown>;

/**
 * Writes one demo table through its kind, commune by commune (a kind writes for the commune of its import), and
 * returns the rows landed. `quartierIds` maps the generator's quartier numbers to the stored ones.
 */
export async function writeThroughImport(
  trx: Knex.Transaction,
  city: DemoCity,
  table: DemoTable,
  quartierIds: Map<number, number>,
): Promise<number> {
  const importId = await openImport(trx, table);
  const quartier = (id: unknown) => (typeof id === 'number' ? (quartierIds.get(id) ?? null) : null);
  let rows = 0;
  const perCommune = async <R>(
    kind: ImportKind<R>,
    source: Row[],
    toRecord: (row: Row) => R | R[] = (row) => row as R,
  ): Promise<void> => {
    for (const [commune, list] of byCommune(source)) {
      const records = list.flatMap((r) => toRecord(r));
      const ctx: ImportContext & { importId: number } = { commune, fileName: 'demo', db: trx, importId };
      await kind.write(trx, records, ctx);
      rows += list.length;
    }
  };
  switch (table) {
    case 'communes':
      await communesKind.write(
        trx,
        city.communes.map((c) => ({ ...c, geometry: JSON.stringify(c.geometry) })),
        { commune: '', fileName: 'demo', db: trx, importId },
      );
      rows = city.communes.length;
      break;
    case 'buildings':
      await perCommune(
        buildingsKind,
        city.buildings as unknown as Row[],
        (b) =>
          ({ ...b, quartier_id: quartier(b.quartier_id) }) as unknown as Parameters<typeof buildingsKind.write>[1][0],
      );
      break;
    case 'meter_readings':
      await perCommune(readingsKind, city.meter_readings as unknown as Row[]);
      break;
    case 'degree_days':
      await perCommune(degreeDaysKind, city.degree_days as unknown as Row[]);
      break;
    case 'budget_lines':
      await perCommune(budgetKind, city.budget_lines as unknown as Row[], (line) => budgetRecord(line));
      break;
    case 'debt_outstanding':
      await perCommune(debtKind, city.debt_outstanding as unknown as Row[]);
      break;
    case 'programmes':
      await perCommune(programmesKind, city.programmes as unknown as Row[], (p) =>
        programmeRecord(p, city.programme_credits as unknown as Row[], quartier),
      );
      break;
    case 'premises':
      // a premises kind's record is one dated status of a premises, its address and coordinates with it
      await perCommune(premisesKind, city.premises_status as unknown as Row[], premisesRecord(city));
      rows = city.premises.length;
      break;
    case 'counting_sites':
      for (const [commune, sites] of byCommune(city.counting_sites as unknown as Row[])) {
        await writeSites(trx, sites.map(siteRecord), commune, importId);
        rows += sites.length;
      }
      break;
    case 'counts_hourly':
      rows = await copyHours(trx, importId, city.counts_hourly);
      break;
    case 'interventions':
      await perCommune(interventionsKind, city.interventions as unknown as Row[], (i) => ({
        ...i,
        quartier_id: quartier(i.quartier_id),
      }));
      break;
    default:
      throw new Error(`demo: no import kind writes ${table}`);
  }
  await trx('imports').where({ id: importId }).update({ status: 'landed', rows_read: rows, rows_written: rows });
  return rows;
}

async function openImport(trx: Knex.Transaction, table: DemoTable): Promise<number> {
  const kind = { meter_readings: 'readings', degree_days: 'degree-days', debt_outstanding: 'debt' }[table as string];
  const [{ id }] = await trx('imports')
    .insert({
      kind:
        kind ??
        table
          .replace('counts_hourly', 'counts')
          .replace('counting_sites', 'counting-sites')
          .replace('budget_lines', 'budget'),
      commune_insee: null,
      file_name: `ville de démonstration (${table})`,
      status: 'running',
      imported_by: 'demo',
    })
    .returning('id');
  return Number(id);
}

function byCommune(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const commune = row.commune_insee as string;
    const list = groups.get(commune);
    if (list) list.push(row);
    else groups.set(commune, [row]);
  }
  return groups;
}

/** A demo budget line as the budget kind's record: the budget principal in M57, the generator's labels kept. */
function budgetRecord(line: Row): BudgetImportRecord {
  return {
    ...(line as unknown as Omit<BudgetImportRecord, 'budget' | 'nomenclature' | 'budgetRef'>),
    budget: 'principal',
    nomenclature: 'M57',
    budgetRef: {
      code: 'principal',
      kind: 'principal',
      name: 'Budget principal',
      siret: null,
      authoritativeName: false,
      layout: 'démo',
    },
  } as BudgetImportRecord;
}

function programmeRecord(p: Row, credits: Row[], quartier: (id: unknown) => number | null): ProgrammeRecord {
  const { commune_insee: _c, programme_id, import_id: _i, ...fields } = p;
  return {
    programme_id: programme_id as string,
    programme: { ...fields, quartier_id: quartier(fields.quartier_id) } as unknown as ProgrammeRecord['programme'],
    credits: credits
      .filter((c) => c.commune_insee === p.commune_insee && c.programme_id === programme_id)
      .map((c) => ({
        year: c.year as number,
        cp_planned_eur: c.cp_planned_eur as number,
        cp_executed_eur: c.cp_executed_eur as number,
      })),
  };
}

/** Each status row of a premises as the premises kind's record (the premises' address and coordinates with it). */
function premisesRecord(city: DemoCity) {
  const premises = new Map(city.premises.map((p) => [`${p.commune_insee}|${p.premises_id}`, p]));
  let line = 0;
  return (status: Row) => {
    const p = premises.get(`${status.commune_insee}|${status.premises_id}`)!;
    line += 1;
    return {
      premises_id: p.premises_id,
      address: p.address,
      street: p.street,
      quartier: null,
      lat: p.lat,
      lon: p.lon,
      surface_m2: p.surface_m2,
      ground_floor: p.ground_floor,
      date: status.valid_from as string,
      status: status.status as 'occupied',
      activity: (status.activity as string | null) ?? null,
      line,
    };
  };
}

function siteRecord(s: Row): SiteRecord {
  return {
    type: 'site',
    site_id: s.site_id as string,
    name: s.name as string,
    kind: s.kind as SiteRecord['kind'],
    place_id: null,
    street: s.street as string,
    zone: s.zone as string,
    lat: s.lat as number,
    lon: s.lon as number,
    installed_on: s.installed_on as string,
    building_id: (s.building_id as string | null) ?? null,
  };
}
