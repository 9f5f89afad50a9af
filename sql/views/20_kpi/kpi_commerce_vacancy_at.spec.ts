import type { Knex } from 'knex';
import { insertPremises, insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

const vacancyAt = (trx: Knex.Transaction, commune: string, date: string) =>
  trx
    .select('*')
    .from(trx.raw('analytics.kpi_commerce_vacancy_at(?, ?) as v', [commune, date]))
    .orderBy(['level', 'quartier', 'street']);

describe('function kpi_commerce_vacancy_at (the contract of GET /commerce/vacancy)', () => {
  it('counts active and vacant premises, vacancy by number and by surface, and structural vacancy on a day', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99303');
      const centre = await insertQuartier(trx, commune, 'Centre');
      const fives = await insertQuartier(trx, commune, 'Fives');
      await insertPremises(trx, commune, [
        {
          id: 'N1',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 100,
          history: [['2020-01-01', 'occupied', 'alimentaire']],
        },
        {
          id: 'N2',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 50,
          history: [
            ['2019-01-01', 'occupied', 'services'],
            ['2024-01-10', 'vacant'],
          ],
        },
        {
          id: 'N3',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 80,
          history: [['2021-05-01', 'vacant']],
        },
        // under works: neither occupied nor vacant, left out of the rate
        {
          id: 'N4',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 60,
          history: [
            ['2020-01-01', 'vacant'],
            ['2025-05-01', 'works'],
          ],
        },
        // not on the ground floor: not a shop premises
        {
          id: 'N5',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 40,
          ground_floor: false,
          history: [['2020-01-01', 'vacant']],
        },
        {
          id: 'L1',
          street: 'rue Pierre Legrand',
          quartier_id: fives,
          surface_m2: 70,
          history: [['2019-01-01', 'occupied', 'restauration']],
        },
        {
          id: 'L2',
          street: 'rue Pierre Legrand',
          quartier_id: fives,
          surface_m2: 30,
          history: [
            ['2019-01-01', 'occupied'],
            ['2025-06-01', 'vacant'],
          ],
        },
        // demolished or merged: no longer a premises
        {
          id: 'L3',
          street: 'rue Pierre Legrand',
          quartier_id: fives,
          surface_m2: 40,
          history: [
            ['2019-01-01', 'vacant'],
            ['2023-01-01', 'closed'],
          ],
        },
      ]);

      const result = await vacancyAt(trx, commune, '2025-06-30');

      // days vacant on 2025-06-30: N2 since 2024-01-10: 366 (to 2025-01-10, 2024 is a leap year) + 151 (to 10 June)
      // + 20 = 537; N3 since 2021-05-01: 1461 (four years, one 29 February) + 31 + 29 = 1521; L2 since 2025-06-01: 29.
      const pick = (r: Record<string, unknown>) => [
        r['level'],
        r['quartier'],
        r['street'],
        r['premises'],
        r['occupied'],
        r['vacant'],
        r['works'],
        r['vacancy_rate'],
        r['surface_m2'],
        r['vacant_surface_m2'],
        r['vacancy_rate_surface'],
        r['vacant_over_1_year'],
        r['vacant_over_3_years'],
        r['structural_vacancy_rate'],
        r['median_vacant_days'],
      ];
      expect(result.map(pick)).toEqual([
        // 5 active (N1, N2, N3, L1, L2), 3 vacant: 3/5 = 0.6; surface 330 m², 160 m² vacant: 0.4848; median of 29, 537, 1521
        ['commune', null, null, 5, 2, 3, 1, 0.6, 330, 160, 0.4848, 2, 1, 0.4, 537],
        // rue Neuve: 2 vacant of 3 = 0.6667; 130 of 230 m² = 0.5652; median of 537 and 1521 = 1029
        ['quartier', 'Centre', null, 3, 1, 2, 1, 0.6667, 230, 130, 0.5652, 2, 1, 0.6667, 1029],
        ['quartier', 'Fives', null, 2, 1, 1, 0, 0.5, 100, 30, 0.3, 0, 0, 0, 29],
        ['street', 'Centre', 'rue Neuve', 3, 1, 2, 1, 0.6667, 230, 130, 0.5652, 2, 1, 0.6667, 1029],
        ['street', 'Fives', 'rue Pierre Legrand', 2, 1, 1, 0, 0.5, 100, 30, 0.3, 0, 0, 0, 29],
      ]);
      expectUniqueGrain(result, ['level', 'quartier_id', 'street']);
      for (const level of ['quartier', 'street']) {
        const parts = result.filter((r) => r.level === level);
        const commune_ = result.find((r) => r.level === 'commune');
        expect(parts.reduce((s, r) => s + r.premises, 0))
          .withContext(`${level} premises add up`)
          .toBe(commune_.premises);
        expect(parts.reduce((s, r) => s + r.vacant, 0))
          .withContext(`${level} vacant add up`)
          .toBe(commune_.vacant);
      }
      expect(
        result.every(
          (r) =>
            r.vacancy_rate >= 0 && r.vacancy_rate <= 1 && r.vacancy_rate_surface >= 0 && r.vacancy_rate_surface <= 1,
        ),
      ).toBeTrue();
      expect(
        result.every((r) => r.vacant_over_3_years <= r.vacant_over_1_year && r.vacant_over_1_year <= r.vacant),
      ).toBeTrue();
    });
  });

  it('follows the date: the same street a year earlier had no structural vacancy yet', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99304');
      await insertPremises(trx, commune, [
        {
          id: 'A',
          street: 'rue de Béthune',
          history: [
            ['2019-01-01', 'occupied'],
            ['2024-01-10', 'vacant'],
          ],
        },
        { id: 'B', street: 'rue de Béthune', history: [['2019-01-01', 'occupied']] },
      ]);

      const before = await vacancyAt(trx, commune, '2023-12-31');
      const after = await vacancyAt(trx, commune, '2025-01-10');

      expect(
        before.filter((r) => r.level === 'street').map((r) => [r.vacant, r.vacancy_rate, r.vacant_over_1_year]),
      ).toEqual([[0, 0, 0]]);
      // 2025-01-10 - 1 year = 2024-01-10: vacant for a year exactly counts as structural
      expect(
        after.filter((r) => r.level === 'street').map((r) => [r.vacant, r.vacancy_rate, r.vacant_over_1_year]),
      ).toEqual([[1, 0.5, 1]]);
    });
  });
});
