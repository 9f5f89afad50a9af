import { addBuilding, monthlyBills, refreshFluids, yearlyBill } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99210';

describe('view kpi_fluids_operat_export', () => {
  it('gives each building of 1,000 m² or more its complete years of final energy, one column per energy', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune, { siren: '219921001' });
      await addBuilding(trx, commune, {
        id: 'O1',
        type: 'office',
        area: 1500,
        name: 'Centre administratif',
      });
      await addBuilding(trx, commune, { id: 'O2', type: 'office', area: 800 });
      await yearlyBill(trx, commune, 'O1', 'electricity', 2023, 100_000, 0.2);
      await yearlyBill(trx, commune, 'O1', 'gas', 2023, 200_000, 0.1);
      await yearlyBill(trx, commune, 'O1', 'water', 2023, 500, 4);
      // 2024 is billed up to June only: not a declarable year
      await monthlyBills(trx, commune, 'O1', 'electricity', '2024-01', '2024-06', () => 8000, 0.2);
      await yearlyBill(trx, commune, 'O2', 'electricity', 2023, 50_000, 0.2);
      await refreshFluids(trx);

      const result = await rows(trx, 'kpi_fluids_operat_export', { commune_insee: commune });

      expect(result).toEqual([
        {
          commune_insee: commune,
          siren: '219921001',
          building_id: 'O1',
          name: 'Centre administratif',
          address: null,
          type: 'office',
          heated_area_m2: 1500,
          year: 2023,
          electricity_kwh: 100000,
          gas_kwh: 200000,
          district_heat_kwh: 0,
          fuel_oil_kwh: 0,
          // 300,000 kWh / 1,500 m² = 200 kWh/m²; 20,000 + 20,000 EUR (water is not energy)
          total_kwh: 300000,
          kwh_per_m2: 200,
          energy_cost_eur: 40000,
        },
      ]);
      expectUniqueGrain(result, ['building_id', 'year']);
      for (const r of result) {
        expect(r['total_kwh']).toBe(
          (r['electricity_kwh'] as number) +
            (r['gas_kwh'] as number) +
            (r['district_heat_kwh'] as number) +
            (r['fuel_oil_kwh'] as number),
        );
      }
    });
  });
});
