import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_readings_monthly', () => {
  it('spreads each bill over the calendar months it covers, in proportion to its days (period_end inclusive)', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx);
      await trx('buildings').insert({
        commune_insee: commune,
        building_id: 'B1',
        name: 'École',
        type: 'school',
        heated_area_m2: 1000,
      });
      await trx('meters').insert({ commune_insee: commune, building_id: 'B1', fluid: 'electricity', unit: 'kWh' });
      await trx('meter_readings').insert([
        // "du 15/01 au 14/02": 31 days, 17 in January and 14 in February
        {
          commune_insee: commune,
          building_id: 'B1',
          fluid: 'electricity',
          period_start: '2024-01-15',
          period_end: '2024-02-14',
          quantity: 310,
          unit: 'kWh',
          amount_eur: 62,
        },
        // 15/02 to 14/03 of a leap year: 29 days, 15 in February and 14 in March
        {
          commune_insee: commune,
          building_id: 'B1',
          fluid: 'electricity',
          period_start: '2024-02-15',
          period_end: '2024-03-14',
          quantity: 290,
          unit: 'kWh',
          amount_eur: 58,
        },
      ]);

      const result = await rows(trx, 'stg_readings_monthly', { commune_insee: commune }, ['month']);

      expect(
        result.map((r) => [r['month'], r['quantity'], r['amount_eur'], r['days_covered'], r['days_in_month']]),
      ).toEqual([
        ['2024-01-01', 170, 34, 17, 31],
        ['2024-02-01', 290, 58, 29, 29],
        ['2024-03-01', 140, 28, 14, 31],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'month']);
      const total = result.reduce((sum, r) => sum + (r['quantity'] as number), 0);
      expect(total).withContext('proration keeps the billed total').toBe(600);
    });
  });
});
