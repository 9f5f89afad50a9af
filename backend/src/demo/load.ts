// Loads the demo city into PostgreSQL in one transaction: the demo communes' rows are deleted (children first),
// then every table lands through its import kind's write step (through-imports.ts, ADR 0015); the quartiers, whose
// generated numbers the other tables refer to, are inserted here.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LANDED_WITH, THROUGH_IMPORTS, writeThroughImport } from './through-imports';
import { DEMO_TABLES, generateDemoCity, type DemoCity, type DemoCityOptions, type DemoTable } from './index';

export type DemoLoadCounts = Record<DemoTable, number>;
/** Called after the delete step and after each table: rows written and milliseconds spent. */
export type ProgressListener = (step: DemoTable | 'delete', rows: number, ms: number) => void;

/** Fact tables written with COPY (and emptied with TRUNCATE when they hold nothing but the demo). */
const COPY_TABLES = ['meter_readings', 'budget_lines', 'premises_status', 'counts_hourly'] as const;
type CopyTable = (typeof COPY_TABLES)[number];
const isCopyTable = (table: string): table is CopyTable => (COPY_TABLES as readonly string[]).includes(table);

/**
 * Tables holding the demo communes' rows, children first. The communes rows themselves are kept and updated
 * (accounts, comments and alert rules may point to them); imports are history and stay.
 */
const DELETE_ORDER: readonly string[] = [
  'interventions',
  'counts_hourly',
  'counting_sites',
  'premises_status',
  'premises',
  'programme_credits',
  'programmes',
  'debt_outstanding',
  'budget_lines',
  'degree_days',
  'meter_readings',
  'meters',
  'buildings',
  'quartiers',
];

/** One value in PostgreSQL's COPY text format. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

async function copyInto(
  trx: Knex.Transaction,
  table: CopyTable,
  columns: string[],
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  // Inside a transaction, knex's client hands back the transaction's own connection (see knex
  // lib/execution/transaction.js, makeTxClient) and releasing it is a no-op.
  const connection = (await trx.client.acquireConnection()) as PoolClient;
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = '';
    for (const row of rows) {
      let line = '';
      for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + copyValue(row[columns[i]]);
      buffer += line + '\n';
      count += 1;
      if (buffer.length > 1 << 17) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  const sink = connection.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  await pipeline(Readable.from(chunks()), sink);
  return count;
}

/** Columns of the table that the generated rows carry (optional columns of later migrations may be absent). */
async function sharedColumns(trx: Knex.Transaction, table: string, sample: object | undefined): Promise<string[]> {
  if (!sample) return [];
  const rows: { column_name: string }[] = await trx('information_schema.columns')
    .select('column_name')
    .where({ table_schema: trx.raw('current_schema()'), table_name: table });
  const present = new Set(rows.map((r) => r.column_name));
  return Object.keys(sample).filter((column) => present.has(column));
}

function pick(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c];
  return out;
}

async function insertInBatches(trx: Knex.Transaction, table: string, rows: object[], size = 1000): Promise<number> {
  for (let i = 0; i < rows.length; i += size) await trx(table).insert(rows.slice(i, i + size));
  return rows.length;
}

async function deleteDemoRows(trx: Knex.Transaction, codes: string[]): Promise<void> {
  const existing: { insee_code: string; is_demo: boolean }[] = await trx('communes')
    .select('insee_code', 'is_demo')
    .whereIn('insee_code', codes);
  const real = existing.filter((c) => !c.is_demo).map((c) => c.insee_code);
  if (real.length) {
    throw new Error(`demo: commune(s) ${real.join(', ')} hold real (non-demo) data; refusing to overwrite them`);
  }
  const others = await trx('communes')
    .whereNotIn('insee_code', codes)
    .where({ is_reference: false })
    .count<{ count: string }[]>({ count: '*' });
  const demoOnly = Number(others[0].count) === 0;
  for (const table of DELETE_ORDER) {
    if (demoOnly && isCopyTable(table)) {
      // No other commune: the big fact tables hold nothing but the demo, truncating is much faster (the counts
      // rollups are truncated with counts_hourly by its trigger).
      await trx.raw('truncate table ??', [table]);
    } else {
      await trx(table).whereIn('commune_insee', codes).delete();
    }
  }
}

/** Writes a generated city (all its tables) inside the given transaction, replacing the demo communes' rows. */
export async function insertDemoCity(
  trx: Knex.Transaction,
  city: DemoCity,
  onProgress: ProgressListener = () => {},
): Promise<DemoLoadCounts> {
  const counts = {} as DemoLoadCounts;
  // The statement-level triggers of counts_hourly aggregate millions of rows at once: let them sort in memory.
  await trx.raw(`set local work_mem = '256MB'`);
  let started = Date.now();
  await deleteDemoRows(
    trx,
    city.communes.map((c) => c.insee_code),
  );
  onProgress('delete', 0, Date.now() - started);
  const quartierIds = new Map<number, number>();
  for (const table of DEMO_TABLES) {
    started = Date.now();
    const source = city[table] as Iterable<Record<string, unknown>>;
    const first = (Array.isArray(source) ? source[0] : source[Symbol.iterator]().next().value) as
      Record<string, unknown> | undefined;
    const columns = (await sharedColumns(trx, table, first)).filter((c) => c !== 'id');
    if (!first) {
      counts[table] = 0;
    } else if (table === 'quartiers') {
      for (const q of city.quartiers) {
        const row = pick({ ...q, geometry: JSON.stringify(q.geometry) }, columns);
        const [inserted] = await trx('quartiers').insert(row).returning('id');
        quartierIds.set(q.id, Number(inserted.id));
      }
      counts.quartiers = city.quartiers.length;
    } else if (THROUGH_IMPORTS.includes(table)) {
      counts[table] = await writeThroughImport(trx, city, table, quartierIds);
    } else if (LANDED_WITH[table]) {
      // landed with its partner table's kind (meters with their readings...): counted here, written there
      counts[table] = (source as unknown[]).length;
    } else if (isCopyTable(table)) {
      counts[table] = await copyInto(trx, table, columns, source);
    } else {
      const rows = (source as Record<string, unknown>[]).map((r) => {
        const row = pick(r, columns);
        if (typeof row.quartier_id === 'number') row.quartier_id = quartierIds.get(row.quartier_id);
        return row;
      });
      counts[table] = await insertInBatches(trx, table, rows);
    }
    onProgress(table, counts[table], Date.now() - started);
  }
  return counts;
}

/**
 * Generates the demo city and loads it in ONE transaction: the rows of the demo communes are deleted first, so
 * loading twice gives the same database. Refuses to touch a commune that holds real (is_demo = false) data.
 * Returns the number of rows written per table.
 */
export async function loadDemoCity(db: Knex, options: DemoCityOptions = {}): Promise<DemoLoadCounts> {
  const city = generateDemoCity(options);
  return db.transaction((trx) => insertDemoCity(trx, city));
}
