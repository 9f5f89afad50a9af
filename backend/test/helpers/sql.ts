import type { Knex } from 'knex';
import { testKnex } from './database';

class Rollback extends Error {}

/**
 * Runs a story against the real database inside BEGIN ... ROLLBACK: fixtures inserted there are seen by the views
 * queried in the same transaction and vanish afterwards.
 */
export async function withRollback(story: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  const db = await testKnex();
  await db
    .transaction(async (trx) => {
      await story(trx);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

/** Selects a view's rows with numbers rounded, for exact comparisons with hand-computed values. */
export async function rows<T = Record<string, unknown>>(
  trx: Knex.Transaction,
  view: string,
  where: Record<string, unknown> = {},
  orderBy: string[] = [],
): Promise<T[]> {
  const query = trx(`analytics.${view}`).select('*').where(where);
  for (const column of orderBy) query.orderBy(column);
  return query as unknown as Promise<T[]>;
}

/** A test commune: every view test inserts its own so tests never depend on each other. */
export async function insertCommune(
  trx: Knex.Transaction | Knex,
  insee = '99001',
  extra: Record<string, unknown> = {},
): Promise<string> {
  await trx('communes').insert({ insee_code: insee, name: `Testville ${insee}`, population: 10000, ...extra });
  return insee;
}

/** Asserts that `columns` identify each row once: the grain a view's header promises. */
export function expectUniqueGrain(rows: Record<string, unknown>[], columns: string[]): void {
  const keys = rows.map((r) => columns.map((c) => String(r[c])).join('|'));
  expect(new Set(keys).size)
    .withContext(`grain ${columns.join(', ')}`)
    .toBe(keys.length);
}
