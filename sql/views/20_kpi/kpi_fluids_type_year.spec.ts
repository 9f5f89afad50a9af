import { addBuilding, refreshFluids, yearlyBill } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99241';

describe('view kpi_fluids_type_year', () => {
  it('adds up the buildings of each type, per fluid group and year, with their intensity per m²', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      // two schools (1,000 and 3,000 m²) and a gym whose area nobody knows; electricity is not weather-corrected
      await addBuilding(trx, commune, { id: 'S1', type: 'school', area: 1000 });
      await addBuilding(trx, commune, { id: 'S2', type: 'school', area: 3000 });
      await addBuilding(trx, commune, { id: 'G1', type: 'gym', area: null });
      await yearlyBill(trx, commune, 'S1', 'electricity', 2024, 100_000, 0.2); // 20,000 EUR
      await yearlyBill(trx, commune, 'S1', 'water', 2024, 500, 4); // 2,000 EUR
      await yearlyBill(trx, commune, 'S2', 'electricity', 2024, 200_000, 0.25); // 50,000 EUR
      await yearlyBill(trx, commune, 'G1', 'electricity', 2024, 50_000, 0.2); // 10,000 EUR
      await yearlyBill(trx, commune, 'S1', 'electricity', 2025, 90_000, 0.2); // 18,000 EUR
      await refreshFluids(trx);

      const result = await rows(trx, 'kpi_fluids_type_year', { commune_insee: commune }, [
        'type',
        'fluid_group',
        'year',
      ]);

      const columns = ['type', 'fluid_group', 'unit', 'year', 'buildings', 'heated_area_m2', 'quantity', 'amount_eur'];
      const intensity = ['quantity_per_m2', 'amount_per_m2_eur', 'complete'];
      expect(result.map((r) => [...columns, ...intensity].map((c) => r[c]))).toEqual([
        // no row for what nobody was billed for (the gym and the water in 2025)
        // the gym: counted, but without an area it has no intensity
        ['gym', 'all', null, 2024, 1, null, null, 10000, null, null, true],
        ['gym', 'energy', 'kWh', 2024, 1, null, 50000, 10000, null, null, true],
        // schools in 2024: 22,000 + 50,000 = 72,000 EUR over 4,000 m² = 18 EUR/m² (each school's area counted once)
        ['school', 'all', null, 2024, 2, 4000, null, 72000, null, 18, true],
        // 2025: only S1's electricity is billed (S2 and the water meter have no bill): counted alone, incomplete
        ['school', 'all', null, 2025, 1, 1000, null, 18000, null, 18, false],
        // 300,000 kWh / 4,000 m² = 75 kWh/m²; 70,000 EUR / 4,000 m² = 17.50 EUR/m²
        ['school', 'energy', 'kWh', 2024, 2, 4000, 300000, 70000, 75, 17.5, true],
        ['school', 'energy', 'kWh', 2025, 1, 1000, 90000, 18000, 90, 18, false],
        // only S1 is billed for water: 500 m3 / 1,000 m² = 0.5 m3/m²
        ['school', 'water', 'm3', 2024, 1, 1000, 500, 2000, 0.5, 2, true],
      ]);
      expectUniqueGrain(result, ['type', 'fluid_group', 'year']);
      // invariant: each year's 'all' bill is the sum of its groups
      for (const all of result.filter((r) => r['fluid_group'] === 'all')) {
        const parts = result.filter(
          (r) => r['fluid_group'] !== 'all' && r['type'] === all['type'] && r['year'] === all['year'],
        );
        expect(parts.reduce((sum, r) => sum + (r['amount_eur'] as number), 0)).toBeCloseTo(
          all['amount_eur'] as number,
          2,
        );
      }
    });
  });
});
