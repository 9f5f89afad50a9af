import { addBuilding, monthlyBills, refreshFluids } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99212';

describe('view kpi_fluids_building_month', () => {
  it('lists every month of a meter, billed or not, with last year, the degree-days and the quality flags by name', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await addBuilding(trx, commune, { id: 'B1' });
      await trx('degree_days').insert([
        { commune_insee: commune, month: '2023-01-01', dju: 380 },
        { commune_insee: commune, month: '2024-01-01', dju: 420 },
      ]);
      // January 2023: 100 kWh; January 2024: 120; February 2024 never billed; March 2024: 70
      await monthlyBills(
        trx,
        commune,
        'B1',
        'electricity',
        '2023-01',
        '2024-03',
        (y, m) => (y === 2023 ? (m === 1 ? 100 : 90) : m === 1 ? 120 : m === 2 ? null : 70),
        0.25,
      );
      await refreshFluids(trx);

      const result = await rows(
        trx,
        'kpi_fluids_building_month',
        { commune_insee: commune, building_id: 'B1', year: 2024 },
        ['month'],
      );

      expect(
        result.map((r) => [
          r['month_label'],
          r['quantity'],
          r['amount_eur'],
          r['quantity_previous_year'],
          r['dju'],
          r['dju_normal'],
          r['corrected_quantity'],
          r['missing_days'],
          r['quality_flags'],
        ]),
      ).toEqual([
        // electricity is not weather-corrected; normal January DJU = (380 + 420) / 2 = 400
        ['2024-01', 120, 30, 100, 420, 400, 120, 0, []],
        ['2024-02', null, null, 90, null, null, null, 29, ['missing_readings']],
        ['2024-03', 70, 17.5, 90, null, null, 70, 0, []],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'month']);
    });
  });
});
