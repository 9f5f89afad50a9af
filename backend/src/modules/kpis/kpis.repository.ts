import type { Knex } from 'knex';
import { kpiColumns, type KpiRow } from './kpis.schemas';

export function communeExists(db: Knex, commune: string) {
  return db('communes').where({ insee_code: commune }).first('insee_code');
}

/** The catalogue's rows of a commune and year, in the catalogue's order (family, indicator, then subject). */
export function list(
  db: Knex,
  filter: { commune: string; year: number; family?: string; publicOnly: boolean },
): Promise<KpiRow[]> {
  const query = db('analytics.kpi_catalogue')
    .select(kpiColumns)
    .where({ commune_insee: filter.commune, year: filter.year })
    .orderBy(['sort_order', 'subject_id']);
  if (filter.family) query.where({ family: filter.family });
  if (filter.publicOnly) query.where({ is_public: true });
  return query as unknown as Promise<KpiRow[]>;
}
