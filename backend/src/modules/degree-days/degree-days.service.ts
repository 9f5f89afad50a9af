import type { Knex } from 'knex';
import * as repository from './degree-days.repository';
import type { DegreeDayRow, DegreeDaysQuery } from './degree-days.schemas';
import { requireCommune } from '../communes/require-commune';

/** The monthly degree-days of a known commune; an unknown commune is a 404, a commune without data an empty list. */
export async function monthlyDegreeDays(db: Knex, q: DegreeDaysQuery): Promise<DegreeDayRow[]> {
  await requireCommune(db, q.commune);
  return repository.monthlyDegreeDays(db, q.commune, q.from, q.to);
}
