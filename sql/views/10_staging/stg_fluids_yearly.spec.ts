import { insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';
import { expectUniqueGrain } from '../../../backend/test/helpers/sql';
import { portfolio } from '../../../backend/test/fixtures/fluids/portfolio';

const commune = '99202';

describe('view stg_fluids_yearly', () => {
  it('sums each meter over the calendar year and says whether the 12 months are covered', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await portfolio(trx, commune);

      const result = await rows(trx, 'stg_fluids_yearly', { commune_insee: commune }, ['year', 'building_id']);

      expect(
        result.map((r) => [
          r['year'],
          r['building_id'],
          r['fluid'],
          r['quantity'],
          r['amount_eur'],
          r['complete'],
          r['complete_months'],
          r['missing_days'],
        ]),
      ).toEqual([
        [2023, 'S1', 'electricity', 12000, 2400, true, 12, 0],
        [2023, 'S2', 'electricity', 36000, 7200, true, 12, 0],
        [2023, 'S3', 'electricity', 6000, 1200, true, 12, 0],
        [2024, 'G1', 'water', 120, 480, true, 12, 0],
        [2024, 'S1', 'electricity', 10800, 2160, true, 12, 0],
        [2024, 'S2', 'electricity', 36000, 7200, true, 12, 0],
        // December 2024 has no bill yet: 11 complete months; its last bill ends 31 days before the commune's
        // latest one, so December is awaited, not missing
        [2024, 'S3', 'electricity', 5500, 1100, false, 11, 0],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'year']);
      for (const r of result)
        expect(r['corrected_quantity']).withContext('no DJU: nothing to correct').toBe(r['quantity']);
    });
  });
});
