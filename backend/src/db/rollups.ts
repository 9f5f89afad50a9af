import type { Knex } from 'knex';

/**
 * Materialized rollups of large fact tables (see sql/views: stg_counts_daily). Refreshed after every import or
 * demo load that touches their source, so the next request sees the new data.
 */
export async function refreshRollups(db: Knex): Promise<void> {
  const rows = await db.raw<{ rows: { name: string }[] }>(
    `select schemaname || '.' || matviewname as name from pg_matviews where schemaname = 'analytics' order by matviewname`,
  );
  for (const { name } of rows.rows) await db.raw(`refresh materialized view ${name}`);
}
