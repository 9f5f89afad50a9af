import type { Knex } from 'knex';
import { bumpDataVersion } from './data-version';

/**
 * The refresh registry (ADR 0016): the one place that knows which materialized relations of the analytics schema
 * (staging rollups and marts) depend on which tables, and refreshes them after a change.
 *
 * The dependencies are read from the catalog (pg_depend through the views' rewrite rules, transitively): a new
 * materialized view is known as soon as its SQL file (or its line in marts.ts) is applied, nothing to register. What a
 * change touched is read from the change's own transaction (pg_stat_xact_user_tables: rows inserted, updated or
 * deleted, triggers included) by touchedTables(), just before it commits.
 */
export interface MaterializedRelation {
  /** Qualified name, e.g. analytics.stg_fluids_monthly. */
  name: string;
  /** The public tables it reads, directly or through views and other materialized views. */
  tables: string[];
  /** The materialized relations it reads (refreshed before it). */
  after: string[];
}

/** Every materialized relation of the analytics schema, each after the ones it reads. */
export async function materializedRelations(db: Knex): Promise<MaterializedRelation[]> {
  const { rows } = await db.raw<{ rows: { name: string; dep: string; dep_kind: string }[] }>(
    `with recursive edges as (
       select distinct r.ev_class as view, d.refobjid as dep
         from pg_rewrite r
         join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass
                         and d.refclassid = 'pg_class'::regclass and d.refobjid <> r.ev_class
         join pg_class v on v.oid = r.ev_class
        where v.relnamespace = 'analytics'::regnamespace
     ), reach as (
       select e.view as root, e.dep from edges e
         join pg_class m on m.oid = e.view and m.relkind = 'm'
       union
       select reach.root, e.dep from reach join edges e on e.view = reach.dep
     )
     select reach.root::regclass::text as name, c.oid::regclass::text as dep, c.relkind::text as dep_kind
       from reach join pg_class c on c.oid = reach.dep
      where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace
         or c.relkind = 'm' and c.relnamespace = 'analytics'::regnamespace
     union
     select c.oid::regclass::text, null, null from pg_class c
      where c.relkind = 'm' and c.relnamespace = 'analytics'::regnamespace`,
  );
  const byName = new Map<string, MaterializedRelation>();
  for (const { name, dep, dep_kind } of rows) {
    const relation = byName.get(name) ?? { name, tables: [], after: [] };
    byName.set(name, relation);
    if (dep && dep_kind === 'm') relation.after.push(dep);
    else if (dep) relation.tables.push(dep);
  }
  const ordered: MaterializedRelation[] = [];
  const visited = new Set<string>();
  const visit = (name: string) => {
    if (visited.has(name)) return;
    visited.add(name);
    const relation = byName.get(name)!;
    for (const dep of relation.after.sort()) visit(dep);
    relation.tables.sort();
    ordered.push(relation);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/** Rows inserted, updated or deleted per public table, as this connection's statistics count them so far. */
export type TableChanges = Map<string, number>;

/**
 * This connection's row changes per public table, not yet flushed to the shared statistics: the current
 * transaction's, plus those of its previous transactions of the last second (flushed at most once a second). Call it
 * first in a change's transaction, and pass it to touchedTables at its end.
 */
export async function tableChanges(trx: Knex.Transaction): Promise<TableChanges> {
  const { rows } = await trx.raw<{ rows: { name: string; changes: string }[] }>(
    `select relname as name, n_tup_ins + n_tup_upd + n_tup_del as changes from pg_stat_xact_user_tables
      where schemaname = 'public' and n_tup_ins + n_tup_upd + n_tup_del > 0`,
  );
  return new Map(rows.map((r) => [r.name, Number(r.changes)]));
}

/**
 * The public tables the current transaction inserted, updated or deleted rows of (triggers included) since `since`
 * (tableChanges at its start). Call it inside the change's transaction, last: pass the result to refreshAfterChange
 * once it committed.
 */
export async function touchedTables(trx: Knex.Transaction, since: TableChanges = new Map()): Promise<string[]> {
  const now = await tableChanges(trx);
  return [...now]
    .filter(([name, changes]) => changes > (since.get(name) ?? 0))
    .map(([name]) => name)
    .sort();
}

export interface RefreshOptions {
  /** Only the relations built on one of these tables (names without schema); every relation when absent. */
  tables?: readonly string[];
  /**
   * CONCURRENTLY (the default) keeps each relation readable while it is rebuilt: readers never wait. Plain refreshes
   * for a database no one reads yet (the demo load) or inside a test's transaction.
   */
  concurrently?: boolean;
}

/**
 * Refreshes the materialized relations built on the given tables (and those built on them), each after the ones it
 * reads, each in its own short transaction (JIT off: compiling the plan costs more than running it; memory enough to
 * sort in RAM); a relation rebuilt plainly gets its statistics at once (without them, plans ten times slower).
 * Returns the names refreshed.
 */
export async function refreshMarts(db: Knex, options: RefreshOptions = {}): Promise<string[]> {
  const touched = options.tables && new Set(options.tables.map((t) => t.replace(/^public\./, '')));
  const refreshed = new Set<string>();
  for (const relation of await materializedRelations(db)) {
    const stale =
      !touched ||
      relation.tables.some((t) => touched.has(t.replace(/^public\./, ''))) ||
      relation.after.some((m) => refreshed.has(m));
    if (!stale) continue;
    const concurrently = options.concurrently !== false && (await isPopulated(db, relation.name));
    const run = async (trx: Knex.Transaction | Knex) => {
      await trx.raw('set local jit = off');
      await trx.raw("set local work_mem = '256MB'");
      await trx.raw(`refresh materialized view ${concurrently ? 'concurrently ' : ''}${relation.name}`);
    };
    if (db.isTransaction) await run(db);
    else await db.transaction(run);
    // a rebuilt relation needs its statistics; one refreshed concurrently keeps them (autovacuum updates them later)
    if (!concurrently) await db.raw(`analyze ${relation.name}`);
    refreshed.add(relation.name);
  }
  return [...refreshed];
}

/**
 * After a change committed (an import, a rollback, a threshold): refreshes concurrently the relations built on the
 * tables it touched, then bumps the data version again so no reader keeps an answer computed before the refresh.
 */
export async function refreshAfterChange(db: Knex, tables: readonly string[]): Promise<string[]> {
  const refreshed = await refreshMarts(db, { tables });
  if (refreshed.length > 0) await bumpDataVersion(db);
  return refreshed;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * refreshAfterChange, one at a time in this process, after the refreshes already queued: what an import returns
 * once its rows committed (`refresh: 'background'`), while readers keep the previous figures until the new ones are
 * in. Failures are logged to stderr, never thrown: the rows have landed, the next change refreshes again.
 */
export function queueRefreshAfterChange(db: Knex, tables: readonly string[]): Promise<string[]> {
  const run = queue.then(() => refreshAfterChange(db, tables));
  queue = run.catch((error: Error) => {
    console.error(`marts refresh failed after a change of ${tables.join(', ')}: ${error.message}`);
  });
  return run;
}

/** Resolves once every refresh queued in this process has ended (before closing the pool, or in tests). */
export function refreshesSettled(): Promise<unknown> {
  return queue;
}

async function isPopulated(db: Knex, name: string): Promise<boolean> {
  const { rows } = await db.raw<{ rows: { populated: boolean }[] }>(
    'select relispopulated as populated from pg_class where oid = ?::regclass',
    [name],
  );
  return rows[0]?.populated ?? false;
}
