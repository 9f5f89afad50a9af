import { testKnex } from '../backend/test/helpers/database';

/**
 * The invariant that lets Pilotage be sharded on commune_insee (docs/adr/0010-scaling-out-with-citus.md): every fact
 * row carries its commune in its primary key, and a KPI view never joins the facts of two tables but on the commune.
 *
 * A "fact table" is every table of the schema public that carries commune_insee, except the ones listed below with
 * their reason. A table without commune_insee must be listed as a reference table (nomenclature, calendar, the same
 * for every commune: replicated to every node) or an application table (accounts, sessions, the import log:
 * they stay on the coordinator); a new table that is neither makes this test fail until it is classified.
 */
const REFERENCE_TABLES = [
  'budget_accounts', // nomenclature M57/M14: accounts
  'budget_chapters', // nomenclature: chapters
  'budget_functions', // nomenclature: functions
  'budget_alert_thresholds', // national reference thresholds of the ratios
  'commerce_vacancy_references', // national vacancy references (Procos, Codata)
  'school_holidays', // calendar of the school holidays by zone
];
const APPLICATION_TABLES = [
  'knex_migrations',
  'knex_migrations_lock',
  'pilotage_meta', // the schema's own bookkeeping
  'users',
  'sessions', // accounts (a user may be limited to a commune, not partitioned by it)
  'imports',
  'import_row_versions',
  'audit_log', // the import and audit logs (commune optional: national files)
  'comments', // comments on any page, keyed by id (few rows; a commune column for filtering)
  'fluid_alert_rules', // alert rules, national defaults (commune null) and per-commune overrides
  'data_version', // one row: the version every GET's validator is derived from (bumped by any change)
];
/** The distribution dimension: its key IS the commune (insee_code). */
const DIMENSION = 'communes';
/**
 * Known exception, to be re-keyed before distribution (ADR 0010): quartiers has a surrogate id that buildings,
 * premises, counting sites, programmes and interventions reference by quartier_id alone.
 */
const KNOWN_EXCEPTIONS = ['quartiers'];
/**
 * Views the check below flags, with why they are accepted for now. stg_fluids_monthly builds its calendar of months
 * from the first and last reading of EVERY commune (subquery all_months over meter_readings, joined on a date range,
 * not on the commune): a cross-commune read that would fan out to every shard; to be replaced by a per-commune
 * span (ADR 0010). Its other joins are on the commune.
 */
const VIEW_EXCEPTIONS = ['analytics.stg_fluids_monthly'];

describe('the commune_insee partitioning invariant (the condition for sharding on it)', () => {
  it('gives every fact table commune_insee in its primary key', async () => {
    const db = await testKnex();
    const { rows } = await db.raw<{ rows: { table: string; has_commune: boolean; pk: string[] | null }[] }>(`
      select c.relname as table,
             exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'commune_insee' and not a.attisdropped) as has_commune,
             (select array_agg(a.attname::text order by a.attnum) from pg_constraint k
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
               where k.conrelid = c.oid and k.contype = 'p') as pk
        from pg_class c
       where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       order by 1`);
    const classified = new Set([...REFERENCE_TABLES, ...APPLICATION_TABLES, DIMENSION, ...KNOWN_EXCEPTIONS]);
    const unclassified = rows.filter((r) => !r.has_commune && !classified.has(r.table)).map((r) => r.table);
    expect(unclassified)
      .withContext('tables without commune_insee that are neither reference nor application tables')
      .toEqual([]);
    const facts = rows.filter((r) => r.has_commune && !classified.has(r.table));
    expect(facts.length).toBeGreaterThan(15);
    const offenders = facts
      .filter((r) => !(r.pk ?? []).includes('commune_insee'))
      .map((r) => `${r.table} (${(r.pk ?? []).join(', ')})`);
    expect(offenders).withContext('fact tables whose primary key lacks commune_insee').toEqual([]);
    const dimension = rows.find((r) => r.table === DIMENSION);
    expect(dimension?.pk).toEqual(['insee_code']);
  });

  it('never lets a KPI view join the facts of two tables but on the commune', async () => {
    const db = await testKnex();
    const facts = await factTables(db);
    // each view's (and materialized view's) direct table dependencies, from the catalog, and its definition
    const { rows } = await db.raw<{ rows: { view: string; tables: string[]; definition: string }[] }>(`
      select v.oid::regclass::text as view,
             array_agg(distinct t.relname::text) as tables,
             pg_get_viewdef(v.oid) as definition
        from pg_class v
        join pg_rewrite r on r.ev_class = v.oid
        join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass and d.refclassid = 'pg_class'::regclass
        join pg_class t on t.oid = d.refobjid and t.relnamespace = 'public'::regnamespace and t.relkind in ('r', 'p')
       where v.relnamespace = 'analytics'::regnamespace and v.relkind in ('v', 'm')
       group by v.oid`);
    const distributed = new Set([...facts, DIMENSION]);
    const checked = rows.filter((r) => r.tables.filter((t) => distributed.has(t)).length >= 2);
    expect(checked.length).toBeGreaterThan(10);
    // within each branch of a UNION (a union of per-commune rows needs no join), n fact relations need n - 1 joins
    // on the commune
    const offenders = checked
      .filter((r) => !VIEW_EXCEPTIONS.includes(r.view))
      .flatMap((r) =>
        unionBranches(r.definition)
          .map((branch) => ({ relations: factRelations(branch, distributed), keys: communeJoins(branch) }))
          .filter((b) => b.relations.length >= 2 && b.keys < b.relations.length - 1)
          .map((b) => `${r.view}: ${b.relations.join(' + ')} joined ${b.keys} time(s) on the commune`),
      );
    expect(offenders).withContext('views joining fact tables without commune_insee').toEqual([]);
  });

  it('recognises a join on the commune and one without it', () => {
    const facts = new Set(['buildings', 'meters']);
    expect(factRelations('FROM buildings b JOIN meters m ON m.building_id = b.building_id', facts)).toEqual([
      'buildings',
      'meters',
    ]);
    expect(unionBranches('select 1 from a UNION ALL select 2 from b union select 3 from c').length).toBe(3);
    expect(communeJoins('from a join b on b.commune_insee = a.commune_insee and b.x = a.x')).toBe(1);
    expect(communeJoins('from a join communes c on c.insee_code = a.commune_insee')).toBe(1);
    expect(communeJoins('from a join b using (commune_insee, year)')).toBe(1);
    expect(communeJoins('from a join b on b.building_id = a.building_id')).toBe(0);
  });
});

async function factTables(db: Awaited<ReturnType<typeof testKnex>>): Promise<Set<string>> {
  const { rows } = await db.raw<{ rows: { table: string }[] }>(`
    select c.relname as table from pg_class c
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'commune_insee')`);
  const excluded = new Set([...APPLICATION_TABLES, ...KNOWN_EXCEPTIONS]);
  return new Set(rows.map((r) => r.table).filter((t) => !excluded.has(t)));
}

/** The parts of a definition between UNION keywords (whatever their CTE nesting: a heuristic, on purpose strict). */
function unionBranches(definition: string): string[] {
  return definition.split(/\bunion(?:\s+all)?\b/i);
}

/** The fact tables (or the communes dimension) a piece of SQL reads, by their FROM / JOIN clauses. */
function factRelations(sql: string, facts: Set<string>): string[] {
  const names = [...sql.matchAll(/\b(?:from|join)\s+(?:public\.)?"?(\w+)"?/gi)].map((m) => m[1].toLowerCase());
  return names.filter((name) => facts.has(name));
}

/**
 * How many join predicates of a view definition equate two relations' communes: `x.commune_insee = y.commune_insee`,
 * `x.insee_code = y.commune_insee` (the communes dimension) either way round, or `using (... commune_insee ...)`.
 */
export function communeJoins(definition: string): number {
  const sql = definition.replace(/\s+/g, ' ').toLowerCase();
  const equalities = sql.match(/\b[\w"]+\.(commune_insee|insee_code) = [\w"]+\.(commune_insee|insee_code)\b/g) ?? [];
  const usings = sql.match(/using \([^)]*\bcommune_insee\b[^)]*\)/g) ?? [];
  return equalities.length + usings.length;
}
