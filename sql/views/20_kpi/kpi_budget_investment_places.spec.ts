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
 * Testville (8 000 inhabitants), three quartiers: Nord (2 000), Sud (1 500) and Port (population unknown).
 * Buildings: B1 'Gymnase Nord' in Nord. Programmes and their payment credits (planned / executed, in k EUR):
 *   P1 on building B1, no quartier of its own (so Nord, through the gymnasium): 2024 100 / 80, 2025 60 / 0;
 *   P2 in Sud, street '  rue du Marché ' (spaces around):                      2024  40 / 30;
 *   P3 in Sud, street 'rue du Marché':                                         2024  20 / 25 (overran);
 *   P4 nowhere, street '   ' (blank, so no street):                            2024  50 / 45;
 *   P5 on a building 'B9' that the buildings file does not know:               2024  10 / 10.
 * The commune also voted a 2023 budget, with no programme credit that year.
 */
async function insertFixture(trx: Knex.Transaction) {
  const commune = await insertCommune(trx, '99530', { population: 8000 });
  const [nord, sud, port] = await trx('quartiers')
    .insert([
      { commune_insee: commune, name: 'Nord', population: 2000, geometry: JSON.stringify(square) },
      { commune_insee: commune, name: 'Sud', population: 1500, geometry: JSON.stringify(square) },
      { commune_insee: commune, name: 'Port', population: null, geometry: JSON.stringify(square) },
    ])
    .returning('id')
    .then((r) => r.map((x: { id: number }) => x.id));
  await trx('buildings').insert({
    commune_insee: commune,
    building_id: 'B1',
    name: 'Gymnase Nord',
    type: 'gym',
    quartier_id: nord,
  });
  const programme = {
    commune_insee: commune,
    ap_amount_eur: 500_000,
    start_date: '2024-01-01',
    planned_end_date: '2026-12-31',
  };
  await trx('programmes').insert([
    { ...programme, programme_id: 'P1', name: 'Toiture du gymnase', building_id: 'B1' },
    {
      ...programme,
      programme_id: 'P2',
      name: 'Place du marché',
      quartier_id: sud,
      street: '  rue du Marché ',
    },
    { ...programme, programme_id: 'P3', name: 'Voirie', quartier_id: sud, street: 'rue du Marché' },
    { ...programme, programme_id: 'P4', name: 'Éclairage public', street: '   ' },
    { ...programme, programme_id: 'P5', name: "Cour d'école", building_id: 'B9' },
  ]);
  const cp = (programme_id: string, year: number, planned: number, executed: number) => ({
    commune_insee: commune,
    programme_id,
    year,
    cp_planned_eur: planned,
    cp_executed_eur: executed,
  });
  await trx('programme_credits').insert([
    cp('P1', 2024, 100_000, 80_000),
    cp('P1', 2025, 60_000, 0),
    cp('P2', 2024, 40_000, 30_000),
    cp('P3', 2024, 20_000, 25_000),
    cp('P4', 2024, 50_000, 45_000),
    cp('P5', 2024, 10_000, 10_000),
  ]);
  await trx('budget_lines').insert({
    commune_insee: commune,
    year: 2023,
    stage: 'BP',
    section: 'I',
    direction: 'D',
    is_real: true,
    chapter: '23',
    account: '2313',
    amount_voted: 1_000_000,
  });
  return { commune, nord, sud, port };
}

const columns = (r: Record<string, unknown>) => [
  r['place_kind'],
  r['place_key'],
  r['place_label'],
  r['quartier_id'],
  r['population'],
  r['cp_executed_eur'],
  r['cp_planned_eur'],
  r['executed_per_inhabitant'],
  r['planned_per_inhabitant'],
  r['programmes'],
];

describe('view kpi_budget_investment_places', () => {
  it('maps what was paid and planned each year to the commune, its quartiers, buildings and streets', async () => {
    await withRollback(async (trx) => {
      const { commune, nord, sud, port } = await insertFixture(trx);

      const result = await rows(trx, 'kpi_budget_investment_places', { commune_insee: commune }, [
        'year',
        'place_kind',
        'place_label',
      ]);

      // only the years with payment credits: the 2023 budget opens no year here
      expect([...new Set(result.map((r) => r['year']))]).toEqual([2024, 2025]);
      expect(result.filter((r) => r['year'] === 2024).map(columns)).toEqual([
        // the building rows: B9 by its code, in no quartier; the gymnasium by its name, in Nord
        ['building', 'B9', 'B9', null, null, 10_000, 10_000, null, null, 1],
        ['building', 'B1', 'Gymnase Nord', nord, null, 80_000, 100_000, null, null, 1],
        // 80 + 30 + 25 + 45 + 10 = 190 k paid, 100 + 40 + 20 + 50 + 10 = 220 k planned, 5 programmes;
        // per inhabitant: 190 000 / 8 000 = 23.75 and 220 000 / 8 000 = 27.5
        ['commune', commune, 'Testville 99530', null, 8000, 190_000, 220_000, 23.75, 27.5, 5],
        // Nord: P1 through its building, 80 000 / 2 000 = 40 and 100 000 / 2 000 = 50
        ['quartier', String(nord), 'Nord', nord, 2000, 80_000, 100_000, 40, 50, 1],
        // Port: nothing there, 0 paid, and per inhabitant unknown without a population
        ['quartier', String(port), 'Port', port, null, 0, 0, null, null, 0],
        // Sud: P2 + P3 = 55 k paid, 60 k planned; 55 000 / 1 500 = 36.666… -> 36.67, 60 000 / 1 500 = 40
        ['quartier', String(sud), 'Sud', sud, 1500, 55_000, 60_000, 36.67, 40, 2],
        // the street, trimmed, gathers P2 and P3, both in Sud; the blank street of P4 is no street
        ['street', 'rue du Marché', 'rue du Marché', sud, null, 55_000, 60_000, null, null, 2],
        // P4 (nowhere) + P5 (on a building of no known quartier) = 55 k paid, 60 k planned
        ['unlocated', commune, 'Hors quartier', null, null, 55_000, 60_000, null, null, 2],
      ]);
      // 2025: only P1's planned credits, nothing paid yet; every quartier still listed
      expect(result.filter((r) => r['year'] === 2025).map(columns)).toEqual([
        ['building', 'B1', 'Gymnase Nord', nord, null, 0, 60_000, null, null, 1],
        // 60 000 / 8 000 = 7.5 planned per inhabitant
        ['commune', commune, 'Testville 99530', null, 8000, 0, 60_000, 0, 7.5, 1],
        // 60 000 / 2 000 = 30
        ['quartier', String(nord), 'Nord', nord, 2000, 0, 60_000, 0, 30, 1],
        ['quartier', String(port), 'Port', port, null, 0, 0, null, null, 0],
        ['quartier', String(sud), 'Sud', sud, 1500, 0, 0, 0, 0, 0],
        ['unlocated', commune, 'Hors quartier', null, null, 0, 0, null, null, 0],
      ]);

      expectUniqueGrain(result, ['commune_insee', 'year', 'place_kind', 'place_key']);
      for (const year of [2024, 2025]) {
        const ofYear = result.filter((r) => r['year'] === year);
        const sum = (kinds: string[], column: string) =>
          ofYear
            .filter((r) => kinds.includes(r['place_kind'] as string))
            .reduce((t, r) => t + (r[column] as number), 0);
        for (const column of ['cp_executed_eur', 'cp_planned_eur', 'programmes']) {
          expect(sum(['quartier', 'unlocated'], column))
            .withContext(`${year}: quartiers + unlocated = commune (${column})`)
            .toBe(sum(['commune'], column));
        }
      }
    });
  });
});
