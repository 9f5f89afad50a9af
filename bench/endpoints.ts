import type { Knex } from 'knex';
import * as communes from '../backend/src/modules/communes/communes.repository';

/** What the benchmark fires at: an API path and the same SQL run directly (the repository call behind it). */
export interface BenchEndpoint {
  name: string;
  path: string;
  sql: (db: Knex) => Promise<unknown>;
}

export interface BenchContext {
  commune: string;
  year: number;
}

/** Each family adds its KPI endpoints here. */
export function benchEndpoints({ commune, year }: BenchContext): BenchEndpoint[] {
  return [
    {
      name: 'overview',
      path: `/api/v1/overview?commune=${commune}`,
      sql: (db) => db('analytics.kpi_commune_year_overview').where({ commune_insee: commune }).orderBy('year'),
    },
    {
      name: 'quartiers summary',
      path: `/api/v1/quartiers/summary?commune=${commune}&year=${year}`,
      sql: (db) => communes.quartierSummary(db, commune, year),
    },
    {
      name: 'quartier shapes',
      path: `/api/v1/communes/${commune}/quartiers`,
      sql: (db) => communes.listQuartiers(db, commune),
    },
  ];
}
