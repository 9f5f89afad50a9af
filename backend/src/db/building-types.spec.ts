import type { Knex } from 'knex';
import { testKnex } from '../../test/helpers/database';
import { buildingTypes } from './building-types';

/** The values the one-column check constraint allows, read from its definition: `CHECK ((type = ANY (ARRAY['school'::text, ...])))`. */
async function allowedValues(db: Knex, table: string, column: string): Promise<string[]> {
  const { rows } = await db.raw<{ rows: { definition: string }[] }>(
    `select pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'c' and c.conrelid = ?::regclass and a.attname = ? and cardinality(c.conkey) = 1`,
    [table, column],
  );
  expect(rows.length).withContext(`one check constraint on ${table}.${column}`).toBe(1);
  return [...rows[0].definition.matchAll(/'([^']+)'::text/g)].map((m) => m[1]);
}

describe('buildingTypes (the one TypeScript list of building types)', () => {
  let db: Knex;

  beforeAll(async () => {
    db = await testKnex();
  });

  it('is exactly what the check constraint on buildings.type allows, in the same order', async () => {
    expect(await allowedValues(db, 'buildings', 'type')).toEqual([...buildingTypes]);
  });

  it('is exactly what the check constraint on fluid_alert_rules.building_type allows', async () => {
    expect(await allowedValues(db, 'fluid_alert_rules', 'building_type')).toEqual([...buildingTypes]);
  });
});
