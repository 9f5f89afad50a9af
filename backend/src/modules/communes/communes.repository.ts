import type { Knex } from 'knex';
import { martOf } from '../../db/marts';

/** The full communes (reference communes, known only from the DGFiP's national file, are peers, not choices). */
export function listCommunes(db: Knex) {
  return db('communes')
    .where({ is_reference: false })
    .select('insee_code', 'name', 'population', 'is_demo')
    .orderBy([{ column: 'population', order: 'desc' }, 'name']);
}

export function findCommune(db: Knex, insee: string) {
  return db('communes')
    .select('insee_code', 'name', 'population', 'is_demo', 'geometry')
    .where({ insee_code: insee })
    .first();
}

export function listQuartiers(db: Knex, insee: string) {
  return db('quartiers')
    .select('id', 'name', 'population', 'synthetic', 'geometry')
    .where({ commune_insee: insee })
    .orderBy('name');
}

export function quartierSummary(db: Knex, insee: string, year: number) {
  return db(martOf('kpi_quartier_year_summary'))
    .select(
      'quartier_id',
      'quartier',
      'population',
      'buildings',
      'fluids_cost_eur',
      'investment_eur',
      'investment_per_inhabitant_eur',
      'premises',
      'vacant_premises',
      'vacancy_rate',
      'footfall',
    )
    .where({ commune_insee: insee, year })
    .orderBy('quartier');
}
