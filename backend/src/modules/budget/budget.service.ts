import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';
import * as repository from './budget.repository';
import { requireCommune } from '../communes/require-commune';

/** The contract row of GET /budget/ratios, or a 404 that says whether the commune or the year's accounts are missing. */
export async function contractRatios(db: Knex, commune: string, year: number, budget = 'principal') {
  const row = await repository.contractRatios(db, commune, year, budget);
  if (row) return row;
  await requireCommune(db, commune);
  const which =
    budget === 'principal' ? '' : budget === 'consolidated' ? ' (budgets consolidés)' : ` du budget annexe ${budget}`;
  throw AppError.notFound(`Aucun compte administratif${which} pour la commune ${commune} en ${year}`);
}

/** The years of the trends: `years` years ending with `year`, or with the latest year that has a compte administratif. */
export async function healthWindow(
  db: Knex,
  commune: string,
  year: number | undefined,
  years: number,
  budget = 'principal',
): Promise<{ from: number; to: number } | undefined> {
  await requireCommune(db, commune);
  const to = year ?? (await repository.latestAccountsYear(db, commune, budget));
  return to === undefined ? undefined : { from: to - years + 1, to };
}

export async function requireProgramme(db: Knex, commune: string, id: string) {
  const found = await repository.programme(db, commune, id);
  if (!found) throw AppError.notFound(`Aucun programme ${id} dans la commune ${commune}`);
  return found;
}
