/**
 * The marts: materialized copies of the KPI views the pages read, so a request reads stored rows instead of
 * computing a view (ADR 0016). The view stays the definition (its SQL spec tests the logic); the mart
 * `analytics.mart_<view without kpi_>` is created from it, with a unique index on its grain (for REFRESH
 * CONCURRENTLY), each time the views are applied (backend/src/db/migrations.ts), and refreshed by
 * backend/src/db/refresh-marts.ts after each import or rollback that touched a table it is built on.
 *
 * Adding a mart is one line here: the view and its grain (the columns that identify a row); then read `martOf(view)`
 * in the repository.
 */
export interface MartSpec {
  /** The KPI view in the analytics schema. */
  view: string;
  /** The columns that identify a row: the unique index REFRESH CONCURRENTLY needs (nulls not distinct). */
  key: readonly string[];
}

export const marts: readonly MartSpec[] = [
  { view: 'kpi_commune_year_overview', key: ['commune_insee', 'year'] },
  { view: 'kpi_quartier_year_summary', key: ['commune_insee', 'quartier_id', 'year'] },
];

/** The mart's qualified name: analytics.mart_<view without its kpi_ prefix>. */
export function martOf(view: string): string {
  return `analytics.mart_${view.replace(/^kpi_/, '')}`;
}

/** The statements that create one mart from its view, populated, with its unique index. */
export function martSql({ view, key }: MartSpec): string[] {
  const mart = martOf(view);
  const index = `${mart.slice('analytics.'.length)}_key`;
  return [
    `create materialized view ${mart} as select * from analytics.${view}`,
    `create unique index ${index} on ${mart} (${key.join(', ')}) nulls not distinct`,
    `analyze ${mart}`,
  ];
}
