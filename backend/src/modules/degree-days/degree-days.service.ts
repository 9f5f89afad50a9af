import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';
import * as repository from './degree-days.repository';
import type { DegreeDayRow, DegreeDaysQuery } from './degree-days.schemas';

/** The monthly degree-days of a known commune; an unknown commune is a 404, a commune without data an empty list. */
export async function monthlyDegreeDays(db: Knex, q: DegreeDaysQuery): Promise<DegreeDayRow[]> {
  if (!(await repository.communeExists(db, q.commune)))
    throw AppError.notFound(`Aucune commune avec le code INSEE ${q.commune}`);
  return repository.monthlyDegreeDays(db, q.commune, q.from, q.to);
}
