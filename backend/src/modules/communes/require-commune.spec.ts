import type { Knex } from 'knex';
import { testKnex } from '../../../test/helpers/database';
import { AppError } from '../../http/app-error';
import { requireCommune } from './require-commune';

describe('requireCommune (the one check every family makes before reading a commune)', () => {
  const insee = '99101';
  let db: Knex;

  beforeAll(async () => {
    db = await testKnex();
    await db('communes').insert({ insee_code: insee, name: 'Gardeville', population: 1200 });
  });

  afterAll(async () => {
    await db('communes').where({ insee_code: insee }).delete();
  });

  it('answers the code and name of a known commune', async () => {
    expect(await requireCommune(db, insee)).toEqual({ insee_code: insee, name: 'Gardeville' });
  });

  it('throws a 404 that names the unknown code', async () => {
    const error = await requireCommune(db, '99199').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
    expect((error as AppError).message).toBe('Aucune commune avec le code INSEE 99199');
  });
});
