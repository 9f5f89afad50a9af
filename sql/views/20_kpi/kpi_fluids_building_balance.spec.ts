import { portfolio } from '../../../backend/test/fixtures/fluids/portfolio';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99204';

describe('view kpi_fluids_building_balance', () => {
  it('adds up every fluid of a building, per m², beside its type median and as a share of the commune bill', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      await portfolio(trx, commune);

      const result = await rows(trx, 'kpi_fluids_building_balance', { commune_insee: commune, year: 2024 }, [
        'building_id',
      ]);

      expect(
        result.map((r) => ({
          id: r['building_id'],
          complete: r['complete'],
          energy: r['energy_kwh'],
          water: r['water_m3'],
          cost: r['cost_eur'],
          kwh_m2: r['kwh_per_m2'],
          cost_m2: r['cost_per_m2'],
          median_kwh_m2: r['type_median_kwh_per_m2'],
          median_cost_m2: r['type_median_cost_per_m2'],
          share: r['share_of_commune_bill'],
          change: r['energy_change_vs_previous_year'],
          cost_change: r['cost_change_vs_previous_year'],
        })),
      ).toEqual([
        // the commune's 2024 bill: 2,160 + 7,200 + 1,100 + 480 = 10,940 EUR
        {
          id: 'G1',
          complete: true,
          energy: null,
          water: 120,
          cost: 480,
          kwh_m2: null,
          cost_m2: 0.48,
          median_kwh_m2: null,
          median_cost_m2: null,
          share: 0.0439,
          change: null,
          cost_change: null,
        },
        // complete schools: S1 10.8 and S2 18 kWh/m² -> median 14.4; 2.16 and 3.60 EUR/m² -> median 2.88
        {
          id: 'S1',
          complete: true,
          energy: 10800,
          water: null,
          cost: 2160,
          kwh_m2: 10.8,
          cost_m2: 2.16,
          median_kwh_m2: 14.4,
          median_cost_m2: 2.88,
          share: 0.1974,
          change: -0.1,
          cost_change: -0.1,
        },
        {
          id: 'S2',
          complete: true,
          energy: 36000,
          water: null,
          cost: 7200,
          kwh_m2: 18,
          cost_m2: 3.6,
          median_kwh_m2: 14.4,
          median_cost_m2: 2.88,
          share: 0.6581,
          change: 0,
          cost_change: 0,
        },
        {
          id: 'S3',
          complete: false,
          energy: 5500,
          water: null,
          cost: 1100,
          kwh_m2: 11,
          cost_m2: 2.2,
          median_kwh_m2: 14.4,
          median_cost_m2: 2.88,
          share: 0.1005,
          change: null,
          cost_change: null,
        },
      ]);
      expectUniqueGrain(result, ['building_id', 'year']);
      const shares = result.reduce((s, r) => s + (r['share_of_commune_bill'] as number), 0);
      expect(shares).withContext('the buildings make up the whole bill').toBeCloseTo(1, 3);
      for (const r of result) {
        expect(r['cost_eur']).toBeCloseTo(
          ((r['energy_cost_eur'] as number) ?? 0) + ((r['water_cost_eur'] as number) ?? 0),
          2,
        );
      }
    });
  });
});
