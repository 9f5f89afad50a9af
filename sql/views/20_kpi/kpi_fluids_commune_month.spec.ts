import { addBuilding, monthlyBills, refreshFluids } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99208';

describe('view kpi_fluids_commune_month', () => {
  it('totals the buildings month by month, beside the same month a year earlier, and counts the meters missing', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await addBuilding(trx, commune, { id: 'B1' });
      await addBuilding(trx, commune, { id: 'B2' });
      // B1: 100 kWh a month in 2023, 120 from January to March 2024; B2: 50 in January 2024, nothing in February, 70 in March
      await monthlyBills(trx, commune, 'B1', 'electricity', '2023-01', '2024-03', (y) => (y === 2023 ? 100 : 120), 0.2);
      await monthlyBills(
        trx,
        commune,
        'B2',
        'electricity',
        '2024-01',
        '2024-03',
        (_y, m) => (m === 2 ? null : m === 1 ? 50 : 70),
        0.2,
      );
      await refreshFluids(trx);

      const result = await rows(trx, 'kpi_fluids_commune_month', { commune_insee: commune }, ['month']);
      const of2024 = result.filter((r) => r['year'] === 2024);

      expect(
        of2024.map((r) => [
          r['month_label'],
          r['quantity'],
          r['amount_eur'],
          r['quantity_previous_year'],
          r['meters'],
          r['complete_meters'],
          r['meters_missing'],
        ]),
      ).toEqual([
        ['2024-01', 170, 34, 100, 2, 2, 0],
        // B2's February is a gap between two bills: one meter missing, the total is B1's alone
        ['2024-02', 120, 24, 100, 2, 1, 1],
        ['2024-03', 190, 38, 100, 2, 2, 0],
      ]);
      expect(result.filter((r) => r['year'] === 2023).map((r) => r['quantity'])).toEqual(Array(12).fill(100));
      expectUniqueGrain(result, ['fluid', 'month']);
      const total = result.reduce((s, r) => s + ((r['quantity'] as number) ?? 0), 0);
      expect(total).withContext('1,200 + 3 x 120 + 50 + 70 kWh billed').toBe(1680);
    });
  });
});
