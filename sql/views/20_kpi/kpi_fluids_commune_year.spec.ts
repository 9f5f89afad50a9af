import { portfolio } from '../../../backend/test/fixtures/fluids/portfolio';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99205';

describe('view kpi_fluids_commune_year', () => {
  it('totals each fluid, the energy and the whole bill of the commune per year, and compares like for like', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await portfolio(trx, commune);

      const result = await rows(trx, 'kpi_fluids_commune_year', { commune_insee: commune }, ['year', 'fluid']);

      expect(
        result.map((r) => [
          r['year'],
          r['fluid'],
          r['quantity'],
          r['amount_eur'],
          r['amount_per_inhabitant_eur'],
          r['meters'],
          r['complete'],
          r['comparable_meters'],
          r['change_vs_previous_year'],
          r['amount_change_vs_previous_year'],
        ]),
      ).toEqual([
        // 2023: 12,000 + 36,000 + 6,000 kWh; 10,800 EUR for 10,000 inhabitants; nothing to compare with
        [2023, 'all', null, 10800, 1.08, 3, true, 0, null, null],
        [2023, 'electricity', 54000, 10800, 1.08, 3, true, 0, null, null],
        [2023, 'energy', 54000, 10800, 1.08, 3, true, 0, null, null],
        // 2024: S3 lacks December (incomplete), G1's water is new: like for like, S1 and S2 only:
        // (10,800 + 36,000) / (12,000 + 36,000) - 1 = -2.5 %; the bill 2,160 + 7,200 against 2,400 + 7,200, -2.5 %
        [2024, 'all', null, 10940, 1.09, 4, false, 2, null, -0.025],
        [2024, 'electricity', 52300, 10460, 1.05, 3, false, 2, -0.025, -0.025],
        [2024, 'energy', 52300, 10460, 1.05, 3, false, 2, -0.025, -0.025],
        [2024, 'water', 120, 480, 0.05, 1, true, 0, null, null],
      ]);
      expectUniqueGrain(result, ['fluid', 'year']);
      for (const year of [2023, 2024]) {
        const ofYear = result.filter((r) => r['year'] === year);
        const fluids = ofYear
          .filter((r) => !['all', 'energy'].includes(r['fluid'] as string))
          .reduce((s, r) => s + (r['amount_eur'] as number), 0);
        expect(ofYear.find((r) => r['fluid'] === 'all')!['amount_eur'])
          .withContext(`${year}: the whole bill is the sum of the fluids`)
          .toBe(fluids);
      }
    });
  });
});
