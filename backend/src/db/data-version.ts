import type { Knex } from 'knex';

/**
 * The data version (table `data_version`, one row): bumped by each import, rollback, threshold change and any other
 * write through the API, and again once the marts the change touched are refreshed. Every GET's ETag is derived from
 * it, so an unchanged version answers 304 without computing anything.
 */
export async function currentDataVersion(db: Knex): Promise<string> {
  const row = await db('data_version').first('version');
  return String(row?.version ?? 0);
}

/**
 * Bumps the data version. Inside a change's transaction, call it last (the row stays locked until the commit, so
 * two writers commit in the order of their versions); outside one, it commits at once.
 */
export async function bumpDataVersion(db: Knex | Knex.Transaction): Promise<void> {
  await db('data_version').update({ version: db.raw('version + 1'), changed_at: db.raw('clock_timestamp()') });
}
