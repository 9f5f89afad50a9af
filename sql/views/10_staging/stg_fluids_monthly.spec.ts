import type { Knex } from 'knex';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99201';

async function building(trx: Knex.Transaction, id: string, fluid: string, unit = 'kWh') {
  await trx('buildings')
    .insert({
      commune_insee: commune,
      building_id: id,
      name: id,
      type: 'school',
      heated_area_m2: 1000,
    })
    .onConflict()
    .ignore();
  await trx('meters').insert({ commune_insee: commune, building_id: id, fluid, unit });
}

const refresh = (trx: Knex.Transaction) => trx.raw('refresh materialized view analytics.stg_fluids_monthly');

describe('view stg_fluids_monthly', () => {
  it('prorates bills by days on a complete calendar and flags overlaps, gaps, long bills and index resets', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await building(trx, 'B1', 'electricity');
      const bill = { commune_insee: commune, building_id: 'B1', fluid: 'electricity', unit: 'kWh' };
      await trx('meter_readings').insert([
        {
          ...bill,
          period_start: '2024-01-01',
          period_end: '2024-01-31',
          quantity: 310,
          amount_eur: 62,
        },
        // 25/01 to 29/02: 36 days, 7 of them already billed above (overlap); Jan 7 d = 70 kWh, Feb 29 d = 290 kWh
        {
          ...bill,
          period_start: '2024-01-25',
          period_end: '2024-02-29',
          quantity: 360,
          amount_eur: 72,
        },
        // March: no bill at all
        // 01/04 to 10/06: 71 days (> 65): Apr 30 d = 300, May 31 d = 310, Jun 10 d = 100 kWh; 2 EUR per 10 kWh
        {
          ...bill,
          period_start: '2024-04-01',
          period_end: '2024-06-10',
          quantity: 710,
          amount_eur: 142,
        },
        // the index goes backwards (500 -> 100): the meter was reset or replaced
        {
          ...bill,
          period_start: '2024-06-11',
          period_end: '2024-06-30',
          quantity: 200,
          amount_eur: 40,
          index_start: 500,
          index_end: 100,
        },
      ]);
      await refresh(trx);

      const result = await rows(trx, 'stg_fluids_monthly', { commune_insee: commune }, ['month']);

      const columns = [
        'month',
        'quantity',
        'amount_eur',
        'bills',
        'days_billed',
        'overlap_days',
        'covered_days',
        'missing_days',
        'complete',
        'reliable',
        'long_bill',
        'index_reset',
        'has_quality_issue',
      ];
      expect(result.map((r) => columns.map((c) => r[c]))).toEqual([
        // Jan: 310 + 70 = 380 kWh, 62 + 14 = 76 EUR; 31 + 7 days billed, 7 twice, so 31 covered
        ['2024-01-01', 380, 76, 2, 38, 7, 31, 0, true, false, false, false, true],
        ['2024-02-01', 290, 58, 1, 29, 0, 29, 0, true, true, false, false, false],
        ['2024-03-01', null, null, 0, 0, 0, 0, 31, false, false, false, false, true],
        ['2024-04-01', 300, 60, 1, 30, 0, 30, 0, true, false, true, false, true],
        ['2024-05-01', 310, 62, 1, 31, 0, 31, 0, true, false, true, false, true],
        // Jun: 100 + 200 kWh, 20 + 40 EUR; 10 + 20 days
        ['2024-06-01', 300, 60, 2, 30, 0, 30, 0, true, false, true, true, true],
      ]);
      expectUniqueGrain(result, ['building_id', 'fluid', 'month']);
      const billed = result.reduce((sum, r) => sum + ((r['quantity'] as number | null) ?? 0), 0);
      expect(billed).withContext('proration keeps the billed total (310 + 360 + 710 + 200)').toBe(1580);
      for (const r of result) {
        expect((r['covered_days'] as number) + (r['missing_days'] as number))
          .withContext(String(r['month']))
          .toBe(r['days_in_month'] as number);
      }
    });
  });

  it('corrects heating for the weather: consumption - slope x (DJU - normal DJU), the slope from the energy signature', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await building(trx, 'B2', 'gas');
      // DJU: normal (mean of the two years) Jan 400, Feb 360, Mar 320
      const dju: [string, number][] = [
        ['2023-01-01', 420],
        ['2023-02-01', 380],
        ['2023-03-01', 300],
        ['2024-01-01', 380],
        ['2024-02-01', 340],
        ['2024-03-01', 340],
      ];
      await trx('degree_days').insert(dju.map(([month, value]) => ({ commune_insee: commune, month, dju: value })));
      // gas = 10 kWh a day (hot water) + 2 kWh per degree-day (heating), exactly
      const days = (month: string) =>
        new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      await trx('meter_readings').insert(
        dju.map(([month, value]) => ({
          commune_insee: commune,
          building_id: 'B2',
          fluid: 'gas',
          unit: 'kWh',
          period_start: month,
          period_end: `${month.slice(0, 8)}${days(month)}`,
          quantity: 10 * days(month) + 2 * value,
          amount_eur: 100,
        })),
      );
      await refresh(trx);

      const result = (await rows(trx, 'stg_fluids_monthly', { commune_insee: commune }, ['month'])).filter(
        (r) => r['quantity'] !== null,
      );

      expect(result.map((r) => [r['month'], r['quantity'], r['dju'], r['dju_normal']])).toEqual([
        ['2023-01-01', 1150, 420, 400],
        ['2023-02-01', 1040, 380, 360],
        ['2023-03-01', 910, 300, 320],
        ['2024-01-01', 1070, 380, 400],
        ['2024-02-01', 970, 340, 360],
        ['2024-03-01', 990, 340, 320],
      ]);
      for (const r of result) expect(r['heating_slope'] as number).toBeCloseTo(2, 9);
      // 1150 - 2 x 20 = 1110, 1040 - 40 = 1000, 910 + 40 = 950; 1070 + 40 = 1110, 970 + 40 = 1010, 990 - 40 = 950:
      // January is 310 + 2 x 400 both years once the weather is taken out; February differs by the leap day only.
      expect(result.map((r) => Math.round((r['corrected_quantity'] as number) * 1e6) / 1e6)).toEqual([
        1110, 1000, 950, 1110, 1010, 950,
      ]);
    });
  });

  it('scores each month against the median and MAD of the same month in up to 5 previous years', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await building(trx, 'B3', 'electricity');
      const januaries: [number, number][] = [
        [2019, 1000],
        [2020, 1040],
        [2021, 980],
        [2022, 1010],
        [2023, 1020],
        [2024, 1500],
      ];
      await trx('meter_readings').insert(
        januaries.map(([year, kwh]) => ({
          commune_insee: commune,
          building_id: 'B3',
          fluid: 'electricity',
          unit: 'kWh',
          period_start: `${year}-01-01`,
          period_end: `${year}-01-31`,
          quantity: kwh,
          amount_eur: kwh / 5,
        })),
      );
      await refresh(trx);

      const result = (
        await rows(trx, 'stg_fluids_monthly', { commune_insee: commune, month_of_year: 1 }, ['month'])
      ).map((r) => ({
        year: r['year'],
        years: r['baseline_years'],
        median: r['baseline_median'],
        mad: r['baseline_mad'],
        z: r['robust_z'] === null ? null : Math.round((r['robust_z'] as number) * 1e4) / 1e4,
        anomalous: r['anomalous'],
        excess: r['excess_quantity'],
        cost: r['excess_cost_eur'],
      }));

      expect(result).toEqual([
        {
          year: 2019,
          years: 0,
          median: null,
          mad: null,
          z: null,
          anomalous: false,
          excess: null,
          cost: null,
        },
        {
          year: 2020,
          years: 1,
          median: 1000,
          mad: 0,
          z: null,
          anomalous: false,
          excess: null,
          cost: null,
        },
        {
          year: 2021,
          years: 2,
          median: 1020,
          mad: 20,
          z: null,
          anomalous: false,
          excess: null,
          cost: null,
        },
        // 1000 1040 980 -> median 1000, deviations 0 40 20 -> MAD 20; scale max(1.4826 x 20, 5 % x 1000) = 50;
        // (1010 - 1000) / 50 = 0.2
        {
          year: 2022,
          years: 3,
          median: 1000,
          mad: 20,
          z: 0.2,
          anomalous: false,
          excess: null,
          cost: null,
        },
        // 980 1000 1010 1040 -> median 1005, deviations 25 5 5 35 -> MAD 15; scale max(22.239, 50.25) = 50.25
        {
          year: 2023,
          years: 4,
          median: 1005,
          mad: 15,
          z: 0.2985,
          anomalous: false,
          excess: null,
          cost: null,
        },
        // 980 1000 1010 1020 1040 -> median 1010, deviations 30 10 0 10 30 -> MAD 10; scale max(14.826, 50.5) = 50.5;
        // (1500 - 1010) / 50.5 = 9.7030 > 3.5: 490 kWh too many, at 0.20 EUR/kWh = 98 EUR
        {
          year: 2024,
          years: 5,
          median: 1010,
          mad: 10,
          z: 9.703,
          anomalous: true,
          excess: 490,
          cost: 98,
        },
      ]);
    });
  });
});
