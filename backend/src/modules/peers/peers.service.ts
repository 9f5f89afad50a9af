import type { Knex } from 'knex';
import * as repository from './peers.repository';
import { requireCommune } from '../communes/require-commune';

/**
 * The rows of GET /budget/peers: the year asked, or the latest year known for the commune (DGFiP file for the
 * strate, département and EPCI; its own accounts too for the partners). An empty list when that year has no figure.
 */
export async function peers(db: Knex, commune: string, year: number | undefined, group: string) {
  await requireCommune(db, commune);
  const chosen =
    year ??
    (group === 'partners' ? await repository.latestYear(db, commune) : await repository.latestDgfipYear(db, commune));
  return chosen === undefined ? [] : repository.peers(db, commune, chosen, group);
}

export async function history(db: Knex, commune: string, group: string, indicator?: string) {
  await requireCommune(db, commune);
  return repository.history(db, commune, group, indicator);
}

export async function vsDgfip(db: Knex, commune: string, year?: number) {
  await requireCommune(db, commune);
  return repository.vsDgfip(db, commune, year);
}
