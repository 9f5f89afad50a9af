import type { Knex } from 'knex';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [3.0, 50.6],
      [3.01, 50.6],
      [3.01, 50.61],
      [3.0, 50.61],
      [3.0, 50.6],
    ],
  ],
};

/**
 * Three quartiers (Q1 1 000 inhabitants, Q2 2 000, Q3 500) and four programmes:
 *   P1 in Q1, AP 1 000 000 (first voted 800 000), due 31/12/2024, now expected 30/06/2025; CP 150 + 350 + 300 k;
 *   P2 on building B1 (in Q2), AP 500 000, done, CP 320 + 220 k (overran its AP);
 *   P3 unlocated, rue Nationale, AP 2 000 000, expected 3 months early; CP 2024 100 k of 500 k planned;
 *   P4 in Q1, rue Nationale too, AP 100 000; CP 2024 50 k.
 */
async function insertProgrammes(trx: Knex.Transaction, commune: string) {
  const [q1, q2] = await trx('quartiers')
    .insert([
      { commune_insee: commune, name: 'Q1', population: 1000, geometry: JSON.stringify(square) },
      { commune_insee: commune, name: 'Q2', population: 2000, geometry: JSON.stringify(square) },
      { commune_insee: commune, name: 'Q3', population: 500, geometry: JSON.stringify(square) },
    ])
    .returning('id')
    .then((r) => r.map((x: { id: number }) => x.id));
  await trx('buildings').insert({
    commune_insee: commune,
    building_id: 'B1',
    name: 'École Pasteur',
    type: 'school',
    lat: 50.605,
    lon: 3.005,
    quartier_id: q2,
  });
  const programme = { commune_insee: commune, start_date: '2022-01-01', status: 'in_progress' };
  await trx('programmes').insert([
    {
      ...programme,
      programme_id: 'P1',
      name: 'Groupe scolaire',
      function_code: '212',
      quartier_id: q1,
      ap_amount_eur: 1_000_000,
      ap_initial_eur: 800_000,
      planned_end_date: '2024-12-31',
      expected_end_date: '2025-06-30',
    },
    {
      ...programme,
      programme_id: 'P2',
      name: 'Toiture école Pasteur',
      function_code: '212',
      building_id: 'B1',
      ap_amount_eur: 500_000,
      planned_end_date: '2024-06-30',
      status: 'done',
    },
    {
      ...programme,
      programme_id: 'P3',
      name: 'Requalification rue Nationale',
      function_code: '845',
      street: 'rue Nationale',
      ap_amount_eur: 2_000_000,
      planned_end_date: '2026-12-31',
      expected_end_date: '2026-09-30',
    },
    {
      ...programme,
      programme_id: 'P4',
      name: 'Plantations rue Nationale',
      function_code: '511',
      street: 'rue Nationale',
      quartier_id: q1,
      ap_amount_eur: 100_000,
      planned_end_date: '2025-12-31',
    },
  ]);
  const cp = (programme_id: string, year: number, cp_planned_eur: number, cp_executed_eur: number) => ({
    commune_insee: commune,
    programme_id,
    year,
    cp_planned_eur,
    cp_executed_eur,
  });
  await trx('programme_credits').insert([
    cp('P1', 2022, 200_000, 150_000),
    cp('P1', 2023, 400_000, 350_000),
    cp('P1', 2024, 400_000, 300_000),
    cp('P2', 2023, 300_000, 320_000),
    cp('P2', 2024, 200_000, 220_000),
    cp('P3', 2024, 500_000, 100_000),
    cp('P4', 2024, 50_000, 50_000),
  ]);
  return { q1, q2 };
}

describe('views of the multi-year programmes (AP/CP)', () => {
  it('kpi_budget_programmes: consumption, what remains, slippage and where each programme is', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99140');
      const { q1, q2 } = await insertProgrammes(trx, commune);

      const result = await rows(trx, 'kpi_budget_programmes', { commune_insee: commune }, ['programme_id']);

      expect(
        result.map((r) => [
          r['programme_id'],
          r['ap_revision_eur'],
          r['cp_executed_to_date'],
          r['cp_planned_total'],
          r['remaining_eur'],
          r['progress_rate'],
          r['exceeds_ap'],
          r['slippage_days'],
          r['slippage_months'],
          r['is_late'],
          r['quartier_id'],
          r['first_cp_year'],
          r['last_cp_year'],
        ]),
      ).toEqual([
        // 150 + 350 + 300 = 800 k of 1 000 k; 30/06/2025 - 31/12/2024 = 181 days = 5.9 months late
        ['P1', 200_000, 800_000, 1_000_000, 200_000, 0.8, false, 181, 5.9, true, q1, 2022, 2024],
        // 540 k paid on a 500 k AP; no new forecast, so no slippage
        ['P2', null, 540_000, 500_000, -40_000, 1.08, true, 0, 0, false, q2, 2023, 2024],
        // 92 days early: -92 / 30.4375 = -3.0 months
        ['P3', null, 100_000, 500_000, 1_900_000, 0.05, false, -92, -3, false, null, 2024, 2024],
        ['P4', null, 50_000, 50_000, 50_000, 0.5, false, 0, 0, false, q1, 2024, 2024],
      ]);
      expect(result[1]).toEqual(
        jasmine.objectContaining({
          building_name: 'École Pasteur',
          lat: 50.605,
          lon: 3.005,
          quartier: 'Q2',
        }),
      );
      expect(result[0]['function_label']).toBe('Enseignement, formation professionnelle et apprentissage');
      expectUniqueGrain(result, ['programme_id']);
    });
  });

  it('kpi_budget_programme_years: credits of each year and the running total', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99141');
      const { q2 } = await insertProgrammes(trx, commune);

      const result = await rows(trx, 'kpi_budget_programme_years', { commune_insee: commune }, [
        'programme_id',
        'year',
      ]);

      expect(
        result
          .filter((r) => r['programme_id'] === 'P1')
          .map((r) => [r['year'], r['cp_executed_cumulative'], r['execution_rate']]),
      ).toEqual([
        [2022, 150_000, 0.75],
        [2023, 500_000, 0.875],
        [2024, 800_000, 0.75],
      ]);
      expect(result.find((r) => r['programme_id'] === 'P2')!['quartier_id'])
        .withContext("the building's quartier")
        .toBe(q2);
      expectUniqueGrain(result, ['programme_id', 'year']);
    });
  });

  it('kpi_budget_investment_places: what each quartier, building and street received, per inhabitant', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99142', { population: 10000 });
      const { q1, q2 } = await insertProgrammes(trx, commune);

      const result = await rows(trx, 'kpi_budget_investment_places', { commune_insee: commune, year: 2024 }, [
        'place_kind',
        'place_label',
      ]);

      expect(
        result.map((r) => [
          r['place_kind'],
          r['place_label'],
          r['quartier_id'],
          r['cp_executed_eur'],
          r['cp_planned_eur'],
          r['executed_per_inhabitant'],
          r['planned_per_inhabitant'],
          r['programmes'],
        ]),
      ).toEqual([
        ['building', 'École Pasteur', q2, 220_000, 200_000, null, null, 1],
        // 300 + 220 + 100 + 50 = 670 k executed; 400 + 200 + 500 + 50 = 1 150 k planned; per 10 000 inhabitants
        ['commune', 'Testville 99142', null, 670_000, 1_150_000, 67, 115, 4],
        // Q1: P1 300 k + P4 50 k = 350 k for 1 000 inhabitants
        ['quartier', 'Q1', q1, 350_000, 450_000, 350, 450, 2],
        ['quartier', 'Q2', q2, 220_000, 200_000, 110, 100, 1],
        ['quartier', 'Q3', jasmine.any(Number), 0, 0, 0, 0, 0],
        // rue Nationale: P3 (no quartier) + P4 (Q1): no single quartier
        ['street', 'rue Nationale', null, 150_000, 550_000, null, null, 2],
        ['unlocated', 'Hors quartier', null, 100_000, 500_000, null, null, 1],
      ]);
      const sum = (kind: string) =>
        result.filter((r) => r['place_kind'] === kind).reduce((t, r) => t + (r['cp_executed_eur'] as number), 0);
      expect(sum('quartier') + sum('unlocated'))
        .withContext('quartiers + unlocated = commune')
        .toBe(sum('commune'));
      expectUniqueGrain(result, ['place_kind', 'place_key']);

      const early = await rows(
        trx,
        'kpi_budget_investment_places',
        { commune_insee: commune, year: 2022, place_kind: 'quartier' },
        ['place_label'],
      );
      expect(early.map((r) => [r['place_label'], r['cp_executed_eur']])).toEqual([
        ['Q1', 150_000],
        ['Q2', 0],
        ['Q3', 0],
      ]);
    });
  });
});
