import type { Knex } from 'knex';

/**
 * Materialized rollups of large fact tables (stg_counts_daily, stg_fluids_monthly...). Refreshed after every import
 * or demo load that touches their source, so the next request sees the new data: dependencies first (a rollup built
 * on another, even through plain views, is refreshed after it).
 */
export async function refreshRollups(db: Knex): Promise<void> {
  for (const name of await rollupsInDependencyOrder(db)) await db.raw(`refresh materialized view ${name}`);
}

export async function rollupsInDependencyOrder(db: Knex): Promise<string[]> {
  const relations = await db.raw<{ rows: { name: string; kind: string }[] }>(
    `select c.oid::regclass::text as name, c.relkind::text as kind
       from pg_class c where c.relnamespace = 'analytics'::regnamespace and c.relkind in ('m', 'v')`,
  );
  const edges = await db.raw<{ rows: { name: string; dep: string }[] }>(
    `select distinct v.oid::regclass::text as name, dc.oid::regclass::text as dep
       from pg_class v
       join pg_rewrite r on r.ev_class = v.oid
       join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass and d.refclassid = 'pg_class'::regclass
       join pg_class dc on dc.oid = d.refobjid
      where v.relnamespace = 'analytics'::regnamespace and v.relkind in ('m', 'v')
        and dc.relnamespace = 'analytics'::regnamespace and dc.relkind in ('m', 'v') and dc.oid <> v.oid`,
  );
  const dependsOn = new Map<string, string[]>();
  for (const { name, dep } of edges.rows) dependsOn.set(name, [...(dependsOn.get(name) ?? []), dep]);
  const kinds = new Map(relations.rows.map((r) => [r.name, r.kind]));
  const ordered: string[] = [];
  const visited = new Set<string>();
  const visit = (name: string) => {
    if (visited.has(name)) return;
    visited.add(name);
    for (const dep of dependsOn.get(name) ?? []) visit(dep);
    if (kinds.get(name) === 'm') ordered.push(name);
  };
  for (const name of [...kinds.keys()].sort()) visit(name);
  return ordered;
}
