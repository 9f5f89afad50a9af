import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';
import * as repository from './fluids.repository';

/**
 * A building by id: building ids are unique within a commune only, so without a commune the id must name exactly
 * one building (404 when none, 400 asking for the commune when several).
 */
export async function resolveBuilding(db: Knex, buildingId: string, commune?: string): Promise<repository.BuildingRow> {
  const found = await repository.findBuildings(db, buildingId, commune);
  if (found.length === 0) {
    throw AppError.notFound(`Aucun bâtiment ${buildingId}${commune ? ` dans la commune ${commune}` : ''}`);
  }
  if (found.length > 1) {
    throw AppError.badRequest(
      `L'identifiant de bâtiment ${buildingId} existe dans plusieurs communes (${found.map((b) => b.commune_insee).join(', ')}) : ajoutez commune=<code INSEE>`,
      [
        {
          in: 'query',
          field: 'commune',
          message: "est obligatoire quand l'identifiant du bâtiment n'est pas unique",
        },
      ],
    );
  }
  return found[0];
}

/** The year asked for, or the commune's latest complete year of bills (undefined when it has no bills). */
export async function yearOrLatest(db: Knex, commune: string, year?: number): Promise<number | undefined> {
  return year ?? repository.latestYear(db, commune);
}

/** First month of the alerts window: the one asked for, or 12 months up to the commune's latest complete month. */
export async function alertsFrom(db: Knex, commune: string, from?: string): Promise<string> {
  if (from) return from;
  const horizon = await repository.horizonMonth(db, commune);
  if (!horizon) return '1900-01';
  const [y, m] = horizon.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - 11, 1));
  return first.toISOString().slice(0, 7);
}
