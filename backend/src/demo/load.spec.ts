import { withRollback } from '../../test/helpers/sql';
import { DEMO_TABLES, generateDemoCity, type DemoTable } from './index';
import { insertDemoCity } from './load';

/** A short demo (15 months) keeps the real-database round trip fast. */
const options = { scale: 0.1, from: '2025-01-01', asOf: '2026-03-31' };
const CODES = ['59350', '59378', '59512', '59599'];

describe('loading the demo city into PostgreSQL', () => {
  const city = generateDemoCity(options);

  it('writes every table in one transaction, twice over without duplicates', async () => {
    await withRollback(async (trx) => {
      const first = await insertDemoCity(trx, city);
      const second = await insertDemoCity(trx, city);

      expect(second).toEqual(first);
      for (const table of DEMO_TABLES) {
        const key = table === 'communes' ? 'insee_code' : 'commune_insee';
        const [{ count }] = await trx(table).whereIn(key, CODES).count<{ count: string }[]>({ count: '*' });
        const generated = [...(city[table] as Iterable<unknown>)].length;
        expect(Number(count)).withContext(table).toBe(generated);
        expect(first[table as DemoTable])
          .withContext(table)
          .toBe(generated);
      }
      expect(first.counts_hourly).toBeGreaterThan(50_000);
    });
  }, 180_000);

  it('maps quartier ids and keeps geometries, arrays and flags intact', async () => {
    await withRollback(async (trx) => {
      await insertDemoCity(trx, city);
      const orphans = await trx('buildings as b')
        .leftJoin('quartiers as q', 'q.id', 'b.quartier_id')
        .whereIn('b.commune_insee', CODES)
        .where((w) => w.whereNull('q.id').orWhereRaw('q.commune_insee <> b.commune_insee'))
        .count<{ count: string }[]>({ count: '*' });
      expect(Number(orphans[0].count)).toBe(0);

      const lille = await trx('communes').where({ insee_code: '59350' }).first();
      expect(lille.is_demo).toBeTrue();
      expect(lille.siren).toBe('215903501');
      expect(lille.geometry.type).toBe('Polygon');
      const quartiers = await trx('quartiers').where({ commune_insee: '59350' }).orderBy('name');
      expect(quartiers.length).toBe(12);
      expect(quartiers.every((q: { synthetic: boolean }) => q.synthetic)).toBeTrue();

      const works = await trx('interventions')
        .where({ commune_insee: '59350', intervention_id: 'LIL-INT-001' })
        .first();
      expect(works.site_ids).toEqual(['LIL-PED-03', 'LIL-PED-04']);
      const fault = await trx('counts_hourly').whereIn('commune_insee', CODES).where({ status: 'fault' }).first();
      if (fault) expect(fault.count).toBeNull();
      const reset = await trx('meter_readings').where({
        building_id: 'LIL-BUR-001',
        index_reset: true,
      });
      expect(reset.length).toBeLessThanOrEqual(1);
    });
  }, 180_000);

  it('lands through the import kinds: each table under an import of the demo, sites and premises placed in their quartier', async () => {
    await withRollback(async (trx) => {
      await insertDemoCity(trx, city);

      const imports = await trx('imports').where({ imported_by: 'demo', status: 'landed' }).pluck('kind');
      expect(imports).toEqual(
        jasmine.arrayWithExactContents([
          'communes',
          'buildings',
          'readings',
          'degree-days',
          'budget',
          'debt',
          'programmes',
          'premises',
          'counting-sites',
          'counts',
          'interventions',
        ]),
      );
      const untracked = await trx('counts_hourly').whereIn('commune_insee', CODES).whereNull('import_id').first();
      expect(untracked).toBeUndefined();
      // the budget kind registers the budget its lines belong to
      expect(await trx('budgets').where({ commune_insee: '59350' }).pluck('code')).toEqual(['principal']);
      // quartier placement of the import path: a counting site or premises with coordinates sits in the quartier
      // whose contour holds it
      const misplaced = await trx.raw(
        `select count(*)::int as n from counting_sites s join quartiers q on q.id = s.quartier_id
          where s.commune_insee = any(?) and q.commune_insee <> s.commune_insee`,
        [CODES],
      );
      expect(misplaced.rows[0].n).toBe(0);
      const placed = await trx('premises').whereIn('commune_insee', CODES).whereNotNull('quartier_id').count('* as n');
      expect(Number(placed[0].n)).toBeGreaterThan(0);
    });
  }, 180_000);

  it('refuses to overwrite a commune that holds real data', async () => {
    await withRollback(async (trx) => {
      await trx('communes')
        .insert({ insee_code: '59350', name: 'Lille', population: 236_000, is_demo: false })
        .onConflict('insee_code')
        .merge();
      await expectAsync(insertDemoCity(trx, city)).toBeRejectedWithError(/59350.*real/);
    });
  }, 60_000);
});
