import type { Knex } from 'knex';

export interface FreshnessRow {
  commune_insee: string;
  source: string;
  last_import_at: string | null;
  latest_data: string | null;
}

export async function serverVersion(db: Knex): Promise<string> {
  const result = await db.raw<{ rows: { server_version: string }[] }>('show server_version');
  return result.rows[0].server_version;
}

export function freshness(db: Knex, commune?: string): Promise<FreshnessRow[]> {
  const query = db('analytics.kpi_data_freshness').select('*').orderBy(['commune_insee', 'source']);
  if (commune) query.where({ commune_insee: commune });
  return query;
}

export async function hasDemoData(db: Knex): Promise<boolean> {
  const row = await db('communes').where({ is_demo: true }).first('insee_code');
  return row !== undefined;
}
