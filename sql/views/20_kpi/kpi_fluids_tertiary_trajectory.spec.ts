import { addBuilding, refreshFluids, yearlyBill } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99206';

describe('view kpi_fluids_tertiary_trajectory', () => {
  it('sets the reference year, draws the -40 % 2030 path and says where each year stands', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      // T1, 2,000 m², bills from 2020 only: provisional reference = the highest of the first three complete years
      await addBuilding(trx, commune, { id: 'T1', area: 2000 });
      for (const [year, kwh] of [
        [2020, 100_000],
        [2021, 120_000],
        [2022, 110_000],
        [2023, 105_000],
        [2024, 100_000],
        [2025, 125_000],
      ]) {
        await yearlyBill(trx, commune, 'T1', 'electricity', year, kwh, 0.2);
      }
      // T2, 1,500 m², bills from 2018: the highest complete year of 2010-2019 (2018)
      await addBuilding(trx, commune, { id: 'T2', area: 1500 });
      // T3: same bills, but the agent chose 2019 as its reference year
      await addBuilding(trx, commune, { id: 'T3', area: 1500, referenceYear: 2019 });
      for (const id of ['T2', 'T3']) {
        for (const [year, kwh] of [
          [2018, 60_000],
          [2019, 50_000],
          [2020, 49_000],
        ])
          await yearlyBill(trx, commune, id, 'electricity', year, kwh, 0.2);
      }
      // under 1,000 m²: not subject to the décret
      await addBuilding(trx, commune, { id: 'SMALL', area: 999 });
      await yearlyBill(trx, commune, 'SMALL', 'electricity', 2020, 1000, 0.2);
      await refreshFluids(trx);

      const result = await rows(trx, 'kpi_fluids_tertiary_trajectory', { commune_insee: commune }, [
        'building_id',
        'year',
      ]);

      expect(
        result.map((r) => [
          r['building_id'],
          r['year'],
          r['reference_year'],
          r['reference_source'],
          r['reference_kwh'],
          r['path_factor'],
          r['target_kwh'],
          r['gap_kwh'],
          r['gap_eur'],
          r['status'],
        ]),
      ).toEqual([
        // T1: reference 2021 (120,000); path 1 - 0.4 x (year - 2021) / 9
        ['T1', 2021, 2021, 'provisional', 120000, 1, 120000, 0, 0, 'on_track'],
        ['T1', 2022, 2021, 'provisional', 120000, 0.9556, 114666.667, -4666.667, -933.33, 'on_track'],
        ['T1', 2023, 2021, 'provisional', 120000, 0.9111, 109333.333, -4333.333, -866.67, 'on_track'],
        ['T1', 2024, 2021, 'provisional', 120000, 0.8667, 104000, -4000, -800, 'on_track'],
        // 125,000 kWh in 2025: above the reference itself, 26,333 kWh (5,267 EUR at 0.20) above the path
        ['T1', 2025, 2021, 'provisional', 120000, 0.8222, 98666.667, 26333.333, 5266.67, 'wrong_way'],
        // T2: reference 2018 (60,000); path 1 - 0.4 x (year - 2018) / 12
        ['T2', 2018, 2018, 'highest_2010_2019', 60000, 1, 60000, 0, 0, 'on_track'],
        ['T2', 2019, 2018, 'highest_2010_2019', 60000, 0.9667, 58000, -8000, -1600, 'on_track'],
        ['T2', 2020, 2018, 'highest_2010_2019', 60000, 0.9333, 56000, -7000, -1400, 'on_track'],
        // T3: reference 2019 (50,000); 2020 target 50,000 x (1 - 0.4 / 11) = 48,181.818: 49,000 is behind the path
        ['T3', 2019, 2019, 'chosen', 50000, 1, 50000, 0, 0, 'on_track'],
        ['T3', 2020, 2019, 'chosen', 50000, 0.9636, 48181.818, 818.182, 163.64, 'behind'],
      ]);
      expectUniqueGrain(result, ['building_id', 'year']);
      const t1 = result.find((r) => r['building_id'] === 'T1' && r['year'] === 2025)!;
      expect([
        t1['target_2030_kwh'],
        t1['target_2040_kwh'],
        t1['target_2050_kwh'],
        t1['reduction_vs_reference'],
        t1['kwh_per_m2_corrected'],
      ]).toEqual([72000, 60000, 48000, -0.0417, 62.5]);
      for (const r of result) expect(r['path_factor'] as number).toBeGreaterThanOrEqual(0.4);
    });
  });
});
