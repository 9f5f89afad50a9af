import { addBuilding, refreshFluids, yearlyBill } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99211';

describe('view kpi_fluids_cost_per_entry', () => {
  it('divides the bill of the days counted by the entries of the facility counted there', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await addBuilding(trx, commune, { id: 'P1', type: 'pool', area: 2500, name: 'Piscine' });
      // 183,000 kWh at 0.20 = 36,600 EUR over the 366 days of 2024: 100 EUR a day
      await yearlyBill(trx, commune, 'P1', 'electricity', 2024, 183_000, 0.2);
      await trx('counting_sites').insert({
        commune_insee: commune,
        site_id: 'F1',
        name: 'Entrées piscine',
        kind: 'facility',
        building_id: 'P1',
      });
      await trx('counting_sites').insert({
        commune_insee: commune,
        site_id: 'X1',
        name: 'Rue',
        kind: 'pedestrian',
      });
      await trx('counts_hourly').insert([
        { commune_insee: commune, site_id: 'F1', hour: '2024-07-01 10:00', count: 600 },
        { commune_insee: commune, site_id: 'F1', hour: '2024-07-01 11:00', count: 400 },
        { commune_insee: commune, site_id: 'F1', hour: '2024-07-02 10:00', count: 500 },
        // a faulty hour is not an entry
        {
          commune_insee: commune,
          site_id: 'F1',
          hour: '2024-07-02 11:00',
          count: null,
          status: 'fault',
        },
        { commune_insee: commune, site_id: 'X1', hour: '2024-07-01 10:00', count: 9999 },
      ]);
      await trx.raw('refresh materialized view analytics.stg_counts_daily');
      await refreshFluids(trx);

      const result = await rows(trx, 'kpi_fluids_cost_per_entry', { commune_insee: commune });

      // 2 days counted: 36,600 x 2 / 366 = 200 EUR for 1,500 entries: 0.13 EUR an entry
      expect(
        result.map((r) => [
          r['building_id'],
          r['year'],
          r['cost_eur'],
          r['bills_complete'],
          r['entries'],
          r['days_counted'],
          r['days_in_year'],
          r['cost_per_entry_eur'],
        ]),
      ).toEqual([['P1', 2024, 36600, true, 1500, 2, 366, 0.13]]);
      expectUniqueGrain(result, ['building_id', 'year']);
    });
  });
});
