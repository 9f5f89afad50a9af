import type { Knex } from 'knex';
import type { DegreeDayRow } from './degree-days.schemas';

/** The commune's monthly degree-days between two months (inclusive), oldest first. */
export function monthlyDegreeDays(db: Knex, commune: string, from?: string, to?: string): Promise<DegreeDayRow[]> {
  const query = db('degree_days')
    .where({ commune_insee: commune })
    .select(db.raw(`to_char(month, 'YYYY-MM') as month`), db.raw('dju::float8 as dju'), 'station')
    .orderBy('degree_days.month');
  if (from) query.where('degree_days.month', '>=', `${from}-01`);
  if (to) query.where('degree_days.month', '<=', `${to}-01`);
  return query;
}
