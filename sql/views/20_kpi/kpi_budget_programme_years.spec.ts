import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

// kpi_budget_programmes.spec.ts checks the running total and rate of an ordinary programme and the building's
// quartier; this spec follows what it leaves out: years without credits, nothing planned, overruns, the
// programme's own quartier before its building's, and programmes that share a code across communes.

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

describe('view kpi_budget_programme_years', () => {
  it("lists each programme's yearly credits with the running total, the execution rate and where it is", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99540');
      const [moulins, wazemmes] = await trx('quartiers')
        .insert([
          {
            commune_insee: commune,
            name: 'Moulins',
            population: 1000,
            geometry: JSON.stringify(square),
          },
          {
            commune_insee: commune,
            name: 'Wazemmes',
            population: 1000,
            geometry: JSON.stringify(square),
          },
        ])
        .returning('id')
        .then((r) => r.map((x: { id: number }) => x.id));
      await trx('buildings').insert({
        commune_insee: commune,
        building_id: 'B1',
        name: 'Piscine Marx-Dormoy',
        type: 'pool',
        quartier_id: wazemmes,
      });
      const programme = {
        commune_insee: commune,
        start_date: '2022-01-01',
        planned_end_date: '2026-12-31',
      };
      await trx('programmes').insert([
        // P1 works on the pool: it lies in Wazemmes through the building
        {
          ...programme,
          programme_id: 'P1',
          name: 'Rénovation de la piscine',
          building_id: 'B1',
          ap_amount_eur: 900_000,
        },
        // P2 names its own quartier, Moulins, which wins over its building's (Wazemmes)
        {
          ...programme,
          programme_id: 'P2',
          name: 'Parc des Moulins',
          quartier_id: moulins,
          building_id: 'B1',
          street: 'rue de Douai',
          ap_amount_eur: 200_000,
          status: 'done',
        },
        // P3 is placed nowhere
        {
          ...programme,
          programme_id: 'P3',
          name: 'Signalétique',
          ap_amount_eur: 30_000,
          status: 'planned',
        },
      ]);
      const cp = (programme_id: string, year: number, planned: number, executed: number) => ({
        commune_insee: commune,
        programme_id,
        year,
        cp_planned_eur: planned,
        cp_executed_eur: executed,
      });
      await trx('programme_credits').insert([
        cp('P1', 2022, 0, 20_000), // studies paid with no credit planned: no rate
        cp('P1', 2023, 300_000, 330_000), // overran: 330 / 300 = 1.1
        cp('P1', 2025, 400_000, 100_000), // no credit in 2024, so no 2024 row
        cp('P2', 2023, 75_000, 50_000), // 50 / 75 = 0.66666… -> 0.6667
        cp('P2', 2024, 50_000, 50_000),
        cp('P3', 2026, 30_000, 0),
      ]);
      // another commune's programme with the same code does not join P1's running total
      const other = await insertCommune(trx, '99541');
      await trx('programmes').insert({
        ...programme,
        commune_insee: other,
        programme_id: 'P1',
        name: 'Autre P1',
        ap_amount_eur: 1_000,
      });
      await trx('programme_credits').insert({ ...cp('P1', 2023, 999, 999), commune_insee: other });

      const result = await rows(trx, 'kpi_budget_programme_years', { commune_insee: commune }, [
        'programme_id',
        'year',
      ]);

      expect(
        result.map((r) => [
          r['programme_id'],
          r['year'],
          r['cp_planned_eur'],
          r['cp_executed_eur'],
          r['cp_executed_cumulative'],
          r['execution_rate'],
        ]),
      ).toEqual([
        // P1: 20 000, then 20 000 + 330 000 = 350 000, then 350 000 + 100 000 = 450 000
        ['P1', 2022, 0, 20_000, 20_000, null],
        ['P1', 2023, 300_000, 330_000, 350_000, 1.1],
        ['P1', 2025, 400_000, 100_000, 450_000, 0.25],
        // P2 starts its own total: 50 000, then 100 000
        ['P2', 2023, 75_000, 50_000, 50_000, 0.6667],
        ['P2', 2024, 50_000, 50_000, 100_000, 1],
        // planned, nothing paid: a rate of 0, not unknown
        ['P3', 2026, 30_000, 0, 0, 0],
      ]);
      expect(
        result.map((r) => [
          r['programme_id'],
          r['name'],
          r['status'],
          r['ap_amount_eur'],
          r['quartier_id'],
          r['quartier'],
          r['building_id'],
          r['building_name'],
          r['street'],
        ]),
      ).toEqual([
        [
          'P1',
          'Rénovation de la piscine',
          'in_progress',
          900_000,
          wazemmes,
          'Wazemmes',
          'B1',
          'Piscine Marx-Dormoy',
          null,
        ],
        [
          'P1',
          'Rénovation de la piscine',
          'in_progress',
          900_000,
          wazemmes,
          'Wazemmes',
          'B1',
          'Piscine Marx-Dormoy',
          null,
        ],
        [
          'P1',
          'Rénovation de la piscine',
          'in_progress',
          900_000,
          wazemmes,
          'Wazemmes',
          'B1',
          'Piscine Marx-Dormoy',
          null,
        ],
        ['P2', 'Parc des Moulins', 'done', 200_000, moulins, 'Moulins', 'B1', 'Piscine Marx-Dormoy', 'rue de Douai'],
        ['P2', 'Parc des Moulins', 'done', 200_000, moulins, 'Moulins', 'B1', 'Piscine Marx-Dormoy', 'rue de Douai'],
        ['P3', 'Signalétique', 'planned', 30_000, null, null, null, null, null],
      ]);
      expectUniqueGrain(result, ['commune_insee', 'programme_id', 'year']);
      // the last running total of each programme is all it paid
      for (const id of ['P1', 'P2', 'P3']) {
        const years = result.filter((r) => r['programme_id'] === id);
        expect(years[years.length - 1]['cp_executed_cumulative'])
          .withContext(id)
          .toBe(years.reduce((t, r) => t + (r['cp_executed_eur'] as number), 0));
      }

      const elsewhere = await rows(trx, 'kpi_budget_programme_years', { commune_insee: other });
      expect(elsewhere.map((r) => [r['programme_id'], r['year'], r['cp_executed_cumulative']])).toEqual([
        ['P1', 2023, 999],
      ]);
    });
  });
});
