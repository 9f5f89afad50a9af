import { insertPremises, insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('materialized view kpi_commerce_vacancy_monthly', () => {
  it('gives month-end vacancy, openings, closures and the change over twelve months per commune, quartier and street', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99306');
      const wazemmes = await insertQuartier(trx, commune, 'Wazemmes');
      await insertPremises(trx, commune, [
        {
          id: 'A',
          street: 'rue X',
          quartier_id: wazemmes,
          surface_m2: 100,
          history: [
            ['2023-01-15', 'occupied', 'services'],
            ['2023-02-10', 'vacant'],
            ['2024-03-20', 'occupied', 'restauration'],
          ],
        },
        {
          id: 'B',
          street: 'rue X',
          quartier_id: wazemmes,
          surface_m2: 50,
          history: [['2023-01-01', 'occupied', 'alimentaire']],
        },
        {
          id: 'C',
          street: 'rue X',
          quartier_id: wazemmes,
          surface_m2: 150,
          history: [
            ['2023-01-01', 'vacant'],
            ['2023-02-05', 'works'],
            ['2023-04-01', 'occupied', 'autre'],
          ],
        },
        // in no quartier
        {
          id: 'D',
          street: 'rue Y',
          surface_m2: 20,
          history: [['2023-01-01', 'occupied', 'services']],
        },
      ]);
      await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');

      const result = await rows(trx, 'kpi_commerce_vacancy_monthly', { commune_insee: commune }, [
        'level',
        'area_key',
        'month',
      ]);
      const commune_ = result.filter((r) => r['level'] === 'commune');

      // months from the first status (January 2023) to the latest change (March 2024): 15
      expect(commune_.length).toBe(15);
      const pick = (r: Record<string, unknown>) => [
        r['month'],
        r['premises'],
        r['vacant'],
        r['works'],
        r['vacancy_rate'],
        r['surface_m2'],
        r['vacant_surface_m2'],
        r['vacancy_rate_surface'],
        r['vacant_over_1_year'],
        r['openings'],
        r['closures'],
        r['vacancy_rate_12m_ago'],
        r['vacancy_rate_change_12m'],
      ];
      expect(
        commune_
          .filter((r) =>
            ['2023-01-01', '2023-02-01', '2023-03-01', '2023-04-01', '2024-02-01', '2024-03-01'].includes(
              r['month'] as string,
            ),
          )
          .map(pick),
      ).toEqual([
        // 31/01/2023: A, B, D occupied, C vacant: 1/4; C's 150 m² of 100 + 50 + 150 + 20 = 320 m² active: 0.4688
        ['2023-01-01', 4, 1, 0, 0.25, 320, 150, 0.4688, 0, 0, 0, null, null],
        // 28/02: A closed (occupied -> vacant on 10/02), C under works: A vacant of A, B, D: 1/3; 100 of 170 m²
        ['2023-02-01', 3, 1, 1, 0.3333, 170, 100, 0.5882, 0, 0, 1, null, null],
        ['2023-03-01', 3, 1, 1, 0.3333, 170, 100, 0.5882, 0, 0, 0, null, null],
        // C opens on 01/04 after its works
        ['2023-04-01', 4, 1, 0, 0.25, 320, 100, 0.3125, 0, 1, 0, null, null],
        // 29/02/2024 minus one year is 28/02/2023: A, vacant since 10/02/2023, is structurally vacant
        ['2024-02-01', 4, 1, 0, 0.25, 320, 100, 0.3125, 1, 0, 0, 0.3333, -0.0833],
        // A reopens on 20/03/2024: nothing vacant; 12 months before, 0.3333
        ['2024-03-01', 4, 0, 0, 0, 320, 0, 0, 0, 1, 0, 0.3333, -0.3333],
      ]);
      const street = result.filter(
        (r) => r['level'] === 'street' && r['street'] === 'rue X' && r['month'] === '2023-02-01',
      );
      expect(street.map((r) => [r['quartier'], r['premises'], r['vacant'], r['vacancy_rate'], r['closures']])).toEqual([
        ['Wazemmes', 2, 1, 0.5, 1],
      ]);
      const noQuartier = result.find(
        (r) => r['level'] === 'quartier' && r['area_key'] === 'none' && r['month'] === '2023-02-01',
      );
      expect([noQuartier?.['quartier_id'], noQuartier?.['premises'], noQuartier?.['vacant']]).toEqual([null, 1, 0]);

      expectUniqueGrain(result, ['level', 'area_key', 'month']);
      for (const level of ['quartier', 'street']) {
        for (const month of commune_) {
          const parts = result.filter((r) => r['level'] === level && r['month'] === month['month']);
          expect(parts.reduce((s, r) => s + (r['premises'] as number), 0))
            .withContext(`${level} ${month['month']}`)
            .toBe(month['premises'] as number);
          expect(parts.reduce((s, r) => s + (r['openings'] as number) - (r['closures'] as number), 0)).toBe(
            (month['openings'] as number) - (month['closures'] as number),
          );
        }
      }
      expect(
        result.every(
          (r) =>
            r['vacancy_rate'] === null || ((r['vacancy_rate'] as number) >= 0 && (r['vacancy_rate'] as number) <= 1),
        ),
      ).toBeTrue();
    });
  });
});
