import { portfolio } from '../../../backend/test/fixtures/fluids/portfolio';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99203';

describe('view kpi_fluids_building_year', () => {
  it('gives each meter its yearly intensity, the median of its type, its change and its share of the bill', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await portfolio(trx, commune);

      const result = await rows(trx, 'kpi_fluids_building_year', { commune_insee: commune }, ['year', 'building_id']);
      const pick = (r: Record<string, unknown>) => [
        r['year'],
        r['building_id'],
        r['intensity_per_m2'],
        r['type_median_intensity_per_m2'],
        r['ratio_to_type_median'],
        r['change_vs_previous_year'],
        r['share_of_fluid_bill'],
      ];

      expect(result.map(pick)).toEqual([
        // 2023 schools: 12,000/1,000 = 12, 36,000/2,000 = 18, 6,000/500 = 12 -> median 12; electricity bill
        // 2,400 + 7,200 + 1,200 = 10,800
        [2023, 'S1', 12, 12, 1, null, 0.2222],
        [2023, 'S2', 18, 12, 1.5, null, 0.6667],
        [2023, 'S3', 12, 12, 1, null, 0.1111],
        // the gym's water is alone of its type and fluid
        [2024, 'G1', 0.12, 0.12, 1, null, 1],
        // 2024: S3 is incomplete, so the school median is that of S1 (10.8) and S2 (18): 14.4; the electricity bill is
        // 2,160 + 7,200 + 1,100 = 10,460; S1 changed by 10,800 / 12,000 - 1 = -10 %
        [2024, 'S1', 10.8, 14.4, 0.75, -0.1, 0.2065],
        [2024, 'S2', 18, 14.4, 1.25, 0, 0.6883],
        [2024, 'S3', 11, 14.4, 0.7639, null, 0.1052],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'year']);
      for (const year of [2023, 2024]) {
        const shares = result
          .filter((r) => r['year'] === year && r['fluid'] === 'electricity')
          .reduce((s, r) => s + (r['share_of_fluid_bill'] as number), 0);
        expect(shares).withContext(`shares of ${year} sum to the whole bill`).toBeCloseTo(1, 3);
      }
    });
  });
});
