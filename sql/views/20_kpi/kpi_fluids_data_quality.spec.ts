import { addBuilding, addMeter } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99209';

describe('view kpi_fluids_data_quality', () => {
  it('lists only the months a data-quality problem touches, each flag named, beside the figure it affects', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await addBuilding(trx, commune, { id: 'B1', name: 'École Jean Macé' });
      await addMeter(trx, commune, 'B1', 'electricity');
      const bill = { commune_insee: commune, building_id: 'B1', fluid: 'electricity', unit: 'kWh' };
      await trx('meter_readings').insert([
        {
          ...bill,
          period_start: '2024-01-01',
          period_end: '2024-01-31',
          quantity: 310,
          amount_eur: 62,
        },
        {
          ...bill,
          period_start: '2024-01-25',
          period_end: '2024-02-29',
          quantity: 360,
          amount_eur: 72,
        }, // 7 days twice
        {
          ...bill,
          period_start: '2024-04-01',
          period_end: '2024-06-10',
          quantity: 710,
          amount_eur: 142,
        }, // 71 days
        {
          ...bill,
          period_start: '2024-06-11',
          period_end: '2024-06-30',
          quantity: 200,
          amount_eur: 40,
          index_reset: true,
        },
      ]);
      await trx.raw('refresh materialized view analytics.stg_fluids_monthly');

      const result = await rows(trx, 'kpi_fluids_data_quality', { commune_insee: commune }, ['month']);

      expect(
        result.map((r) => [
          r['month_label'],
          r['building_name'],
          r['quantity'],
          r['missing_days'],
          r['overlap_days'],
          r['quality_flags'],
        ]),
      ).toEqual([
        ['2024-01', 'École Jean Macé', 380, 0, 7, ['overlapping_bills']],
        ['2024-03', 'École Jean Macé', null, 31, 0, ['missing_readings']],
        ['2024-04', 'École Jean Macé', 300, 0, 0, ['long_bill']],
        ['2024-05', 'École Jean Macé', 310, 0, 0, ['long_bill']],
        ['2024-06', 'École Jean Macé', 300, 0, 0, ['long_bill', 'index_reset']],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'month']);
    });
  });
});
