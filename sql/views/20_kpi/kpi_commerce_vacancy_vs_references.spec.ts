import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_commerce_vacancy_vs_references', () => {
  it("sets the commune's year-end vacancy beside every national reference and the alert threshold", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99308');
      await insertPremises(trx, commune, [
        {
          id: 'A',
          street: 'rue A',
          history: [
            ['2023-06-01', 'occupied'],
            ['2024-01-01', 'vacant'],
          ],
        },
        { id: 'B', street: 'rue A', history: [['2023-06-01', 'occupied']] },
        { id: 'C', street: 'rue A', history: [['2023-06-01', 'occupied']] },
        {
          id: 'D',
          street: 'rue A',
          history: [
            ['2023-06-01', 'occupied'],
            ['2024-11-05', 'occupied'],
          ],
        },
      ]);
      await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');

      const result = await rows(trx, 'kpi_commerce_vacancy_vs_references', { commune_insee: commune }, [
        'year',
        'reference_id',
      ]);

      // 2023 ends in December with nothing vacant; 2024's last month of data is November: 1 vacant of 4 = 0.25
      expect(
        result
          .filter((r) => r['reference_id'] === 'alert-threshold')
          .map((r) => [
            r['year'],
            r['measured_month'],
            r['vacancy_rate'],
            r['reference_rate'],
            r['gap'],
            r['above_reference'],
          ]),
      ).toEqual([
        [2023, '2023-12-01', 0, 0.075, -0.075, false],
        // 0.25 - 0.075 = 0.175
        [2024, '2024-11-01', 0.25, 0.075, 0.175, true],
      ]);
      const codata = result.find((r) => r['year'] === 2024 && r['reference_id'] === 'codata-acv-2023');
      // 0.25 - 0.134 = 0.116
      expect([codata?.['reference_rate'], codata?.['gap'], codata?.['reference_label']]).toEqual([
        0.134,
        0.116,
        'Villes Action Cœur de Ville (Codata), 2023',
      ]);
      // six references for each of the two years
      expect(result.length).toBe(12);
      expectUniqueGrain(result, ['year', 'reference_id']);
    });
  });
});
