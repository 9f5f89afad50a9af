import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_commerce_vacancy_durations', () => {
  it('gives, per year, the spells that ended with their median length and the spells still running', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99307');
      await insertPremises(trx, commune, [
        // 1 March to 1 September 2022: 31 + 30 + 31 + 30 + 31 + 31 = 184 days
        {
          id: 'P1',
          street: 'rue A',
          history: [
            ['2021-06-01', 'occupied'],
            ['2022-03-01', 'vacant'],
            ['2022-09-01', 'occupied'],
          ],
        },
        // the whole of 2021, then works: 365 days
        {
          id: 'P2',
          street: 'rue A',
          history: [
            ['2021-01-01', 'vacant'],
            ['2022-01-01', 'works'],
          ],
        },
        // still vacant
        {
          id: 'P3',
          street: 'rue B',
          history: [
            ['2021-01-01', 'occupied'],
            ['2022-06-01', 'vacant'],
          ],
        },
        // the commune's latest status change, 10 April 2023, closes its last year
        { id: 'P4', street: 'rue B', history: [['2023-04-10', 'occupied']] },
      ]);

      const result = await rows(trx, 'kpi_commerce_vacancy_durations', { commune_insee: commune }, [
        'level',
        'area_key',
        'year',
      ]);

      const pick = (r: Record<string, unknown>) => [
        r['year'],
        r['as_of'],
        r['spells_ended'],
        r['median_days_ended'],
        r['spells_ongoing'],
        r['median_days_ongoing'],
        r['ongoing_over_1_year'],
        r['ongoing_over_3_years'],
      ];
      expect(result.filter((r) => r['level'] === 'commune').map(pick)).toEqual([
        // P2 empty since 01/01/2021: 364 days on 31/12/2021, not yet a year
        [2021, '2021-12-31', 0, null, 1, 364, 0, 0],
        // P1 (184) and P2 (365) ended: median 274.5; P3 empty since 01/06/2022: 30 + 31 + 31 + 30 + 31 + 30 + 30 = 213 days
        [2022, '2022-12-31', 2, 274.5, 1, 213, 0, 0],
        // P3 on 10/04/2023: 214 (to 01/01) + 31 + 28 + 31 + 9 = 313 days
        [2023, '2023-04-10', 0, null, 1, 313, 0, 0],
      ]);
      expect(
        result
          .filter((r) => r['level'] === 'street' && r['year'] === 2022)
          .map((r) => [r['street'], r['spells_ended'], r['median_days_ended'], r['spells_ongoing']]),
      ).toEqual([
        ['rue A', 2, 274.5, 0],
        ['rue B', 0, null, 1],
      ]);
      expectUniqueGrain(result, ['level', 'area_key', 'year']);
    });
  });
});
