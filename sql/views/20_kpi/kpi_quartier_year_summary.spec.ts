import type { Knex } from 'knex';
import { insertDay, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import {
  addBuilding,
  addMeter,
  monthlyBills,
  refreshFluids,
  yearlyBill,
} from '../../../backend/test/fixtures/fluids/bills';
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

async function insertQuartier(
  trx: Knex.Transaction,
  commune: string,
  name: string,
  population: number | null,
): Promise<number> {
  const [{ id }] = await trx('quartiers')
    .insert({ commune_insee: commune, name, population, geometry: JSON.stringify(square) })
    .returning('id');
  return id;
}

const round4 = (x: unknown) => (x === null ? null : Math.round((x as number) * 10_000) / 10_000);

describe('view kpi_quartier_year_summary', () => {
  it('tells each quartier, every year the commune has data, its buildings, bills, investment, shops and footfall', async () => {
    await withRollback(async (trx) => {
      // Testville has two quartiers: Centre (3 000 inhabitants), where everything happens, and Fives (2 500), where
      // nothing does. Things placed in no quartier never reach either.
      const commune = await insertCommune(trx, '99510');
      const centre = await insertQuartier(trx, commune, 'Centre', 3000);
      const fives = await insertQuartier(trx, commune, 'Fives', 2500);

      // Years: the commune voted its 2025 budget (a BP is enough to open the year); its bills reach 2023 and 2024;
      // its counters 2023 and 2024. So every quartier gets 2023, 2024 and 2025, and nothing else.
      await trx('budget_lines').insert({
        commune_insee: commune,
        year: 2025,
        stage: 'BP',
        section: 'F',
        direction: 'D',
        is_real: true,
        chapter: '011',
        account: '60612',
        amount_voted: 50_000,
      });

      // Buildings: B1 and B2 in Centre, the town hall B3 in no quartier. Centre has 2 buildings every year.
      await addBuilding(trx, commune, { id: 'B1', type: 'school' });
      await addBuilding(trx, commune, { id: 'B2', type: 'gym' });
      await addBuilding(trx, commune, { id: 'B3', type: 'town_hall' });
      await trx('buildings')
        .whereIn('building_id', ['B1', 'B2'])
        .andWhere({ commune_insee: commune })
        .update({ quartier_id: centre });
      // B1: 1 000 kWh a month of 2024 at 0.20 EUR = 200 EUR a month, 2 400 EUR in 2024
      await monthlyBills(trx, commune, 'B1', 'electricity', '2024-01', '2024-12', () => 1000, 0.2);
      // B2: one water bill from 1 December 2023 to 31 January 2024 (62 days), 620 EUR, prorated by days:
      // 31/62 = 310 EUR in 2023 and 310 EUR in 2024
      await addMeter(trx, commune, 'B2', 'water');
      await trx('meter_readings').insert({
        commune_insee: commune,
        building_id: 'B2',
        fluid: 'water',
        unit: 'm3',
        period_start: '2023-12-01',
        period_end: '2024-01-31',
        quantity: 62,
        amount_eur: 620,
      });
      // B3 (no quartier): 2 000 EUR in 2024 that no quartier carries
      await yearlyBill(trx, commune, 'B3', 'electricity', 2024, 10_000, 0.2);
      // Centre's fluids: 2023 = 310; 2024 = 2 400 + 310 = 2 710

      // Programmes: PA and PB are located in Centre, PC in no quartier.
      const programme = {
        commune_insee: commune,
        ap_amount_eur: 1_000_000,
        start_date: '2023-01-01',
        planned_end_date: '2026-12-31',
      };
      await trx('programmes').insert([
        { ...programme, programme_id: 'PA', name: 'Groupe scolaire', quartier_id: centre },
        { ...programme, programme_id: 'PB', name: 'Square', quartier_id: centre },
        { ...programme, programme_id: 'PC', name: 'Éclairage public' },
      ]);
      const cp = (programme_id: string, year: number, planned: number, executed: number) => ({
        commune_insee: commune,
        programme_id,
        year,
        cp_planned_eur: planned,
        cp_executed_eur: executed,
      });
      await trx('programme_credits').insert([
        cp('PA', 2023, 150_000, 100_000),
        cp('PA', 2024, 400_000, 300_000),
        cp('PA', 2025, 200_000, 0), // planned, nothing paid yet: the investment is what was executed
        cp('PB', 2024, 50_000, 50_000),
        cp('PC', 2024, 500_000, 500_000),
      ]);
      // Centre's investment: 2023 = 100 000, 33.33 EUR per inhabitant (100 000 / 3 000);
      // 2024 = 300 000 + 50 000 = 350 000, 116.67 EUR per inhabitant (350 000 / 3 000 = 116.666…); 2025 = 0

      // Shops of Centre, their status on 31/12 of each year (a status holds from its date, that date included, until
      // the day before the next one):
      //   P1 occupied, vacant from 31/12/2024 itself: occupied 2023, vacant 2024 and 2025
      //   P2 vacant since 2022, reopened 01/06/2025:    vacant 2023 and 2024, occupied 2025
      //   P3 occupied, under works from 01/01/2025:     occupied 2023 and 2024 (still so on 31/12), not active in 2025
      //   P4 opened 01/03/2025:                         unknown before, occupied 2025
      //   P5 closed since 2022:                         never an active premises
      // and P6, vacant but in no quartier.
      await insertPremises(trx, commune, [
        {
          id: 'P1',
          street: 'rue Neuve',
          quartier_id: centre,
          history: [
            ['2020-01-01', 'occupied'],
            ['2024-12-31', 'vacant'],
          ],
        },
        {
          id: 'P2',
          street: 'rue Neuve',
          quartier_id: centre,
          history: [
            ['2022-05-01', 'vacant'],
            ['2025-06-01', 'occupied'],
          ],
        },
        {
          id: 'P3',
          street: 'rue Neuve',
          quartier_id: centre,
          history: [
            ['2021-01-01', 'occupied'],
            ['2025-01-01', 'works'],
          ],
        },
        {
          id: 'P4',
          street: 'rue Neuve',
          quartier_id: centre,
          history: [['2025-03-01', 'occupied']],
        },
        { id: 'P5', street: 'rue Neuve', quartier_id: centre, history: [['2022-01-01', 'closed']] },
        { id: 'P6', street: 'rue Lointaine', history: [['2020-01-01', 'vacant']] },
      ]);
      // Centre: 2023 P1, P2, P3 active, P2 vacant: 1 / 3; 2024 P1, P2, P3 active, P1 and P2 vacant: 2 / 3;
      // 2025 P1, P2, P4 active, P1 vacant: 1 / 3

      // Counting sites: S1, pedestrian, in Centre; S2, a bike counter in Centre; S3, pedestrian, in no quartier.
      await trx('counting_sites').insert([
        {
          commune_insee: commune,
          site_id: 'S1',
          name: 'Rue Neuve',
          kind: 'pedestrian',
          quartier_id: centre,
        },
        {
          commune_insee: commune,
          site_id: 'S2',
          name: 'Piste cyclable',
          kind: 'bike',
          quartier_id: centre,
        },
        { commune_insee: commune, site_id: 'S3', name: 'Gare', kind: 'pedestrian' },
      ]);
      // S1: 240 on 31/12/2023; nothing on 01/01/2024 (a silent day); 480 on 02/01; on 03/01 twelve hours of 10 then
      // twelve faulty hours: 120 valid counts. Footfall of Centre: 2023 = 240; 2024 = 480 + 120 = 600
      await insertDay(trx, commune, 'S1', '2023-12-31', 240);
      await insertDay(trx, commune, 'S1', '2024-01-02', 480);
      await insertDay(trx, commune, 'S1', '2024-01-03', 120, { fault: 12 });
      await insertDay(trx, commune, 'S2', '2024-01-03', 2400);
      await insertDay(trx, commune, 'S3', '2024-01-02', 960);

      // Another commune: one quartier of unknown population, a 2022 account and 10 000 EUR invested there in 2022.
      // Its 2022 is not Testville's, and its per inhabitant figure is unknown, not zero.
      const other = await insertCommune(trx, '99511');
      const lomme = await insertQuartier(trx, other, 'Lomme', null);
      await trx('budget_lines').insert({
        commune_insee: other,
        year: 2022,
        stage: 'CA',
        section: 'I',
        direction: 'D',
        is_real: true,
        chapter: '23',
        account: '2313',
        amount_executed: 10_000,
      });
      await trx('programmes').insert({
        ...programme,
        commune_insee: other,
        programme_id: 'PL',
        name: 'Mairie de quartier',
        quartier_id: lomme,
      });
      await trx('programme_credits').insert({
        ...cp('PL', 2022, 10_000, 10_000),
        commune_insee: other,
      });

      await refreshFluids(trx);
      await refreshCounts(trx);

      const result = await rows(trx, 'kpi_quartier_year_summary', { commune_insee: commune }, ['quartier', 'year']);

      expect(
        result.map((r) => [
          r['quartier'],
          r['year'],
          r['population'],
          r['buildings'],
          r['fluids_cost_eur'],
          r['investment_eur'],
          r['investment_per_inhabitant_eur'],
          r['premises'],
          r['vacant_premises'],
          round4(r['vacancy_rate']),
          r['footfall'],
        ]),
      ).toEqual([
        ['Centre', 2023, 3000, 2, 310, 100_000, 33.33, 3, 1, 0.3333, 240],
        ['Centre', 2024, 3000, 2, 2710, 350_000, 116.67, 3, 2, 0.6667, 600],
        ['Centre', 2025, 3000, 2, 0, 0, 0, 3, 1, 0.3333, 0],
        // a quartier with nothing gets a row of zeros for each year; no active premises makes the rate unknown
        ['Fives', 2023, 2500, 0, 0, 0, 0, 0, 0, null, 0],
        ['Fives', 2024, 2500, 0, 0, 0, 0, 0, 0, null, 0],
        ['Fives', 2025, 2500, 0, 0, 0, 0, 0, 0, null, 0],
      ]);
      expect(result.map((r) => r['quartier_id'])).toEqual([centre, centre, centre, fives, fives, fives]);
      expectUniqueGrain(result, ['quartier_id', 'year']);

      // The quartiers carry part of the commune, never more: the town hall's 2 000 EUR, the unlocated programme, the
      // shop P6 and the station's counter belong to the commune only.
      const commune2024 = (await rows(trx, 'kpi_commune_year_overview', { commune_insee: commune, year: 2024 }))[0];
      const quartiers2024 = result.filter((r) => r['year'] === 2024);
      const sum = (rs: Record<string, unknown>[], column: string) => rs.reduce((t, r) => t + (r[column] as number), 0);
      for (const column of ['fluids_cost_eur', 'premises', 'vacant_premises', 'footfall']) {
        expect(sum(quartiers2024, column))
          .withContext(`quartiers' ${column} within the commune's`)
          .toBeLessThanOrEqual(commune2024[column] as number);
      }
      expect([commune2024['fluids_cost_eur'], commune2024['footfall']]).toEqual([4710, 1560]);
      for (const r of result) {
        expect(r['vacant_premises'] as number).toBeLessThanOrEqual(r['premises'] as number);
        if (r['vacancy_rate'] !== null) {
          expect(r['vacancy_rate'] as number).toBeGreaterThanOrEqual(0);
          expect(r['vacancy_rate'] as number).toBeLessThanOrEqual(1);
        }
      }

      const elsewhere = await rows(trx, 'kpi_quartier_year_summary', { commune_insee: other });
      expect(elsewhere).toEqual([
        {
          quartier_id: lomme,
          commune_insee: other,
          quartier: 'Lomme',
          year: 2022,
          population: null,
          buildings: 0,
          fluids_cost_eur: 0,
          investment_eur: 10_000,
          investment_per_inhabitant_eur: null,
          premises: 0,
          vacant_premises: 0,
          vacancy_rate: null,
          footfall: 0,
        },
      ]);
    });
  });

  it("places a programme in its building's quartier, opens a year its credits alone cover, and counts street-level shops only", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99512');
      const quartier = await insertQuartier(trx, commune, 'Port', 1000);
      await trx('buildings').insert({
        commune_insee: commune,
        building_id: 'B1',
        name: 'École du Port',
        type: 'school',
        heated_area_m2: 500,
        quartier_id: quartier,
      });
      // PB has no quartier of its own but works on B1, in Port: its 40 000 EUR paid in 2023 belong to Port (as on the
      // investment map). Nothing else happened in 2023: the year still shows, from the credits.
      await trx('programmes').insert({
        commune_insee: commune,
        programme_id: 'PB',
        name: 'Toiture de l’école',
        building_id: 'B1',
        ap_amount_eur: 100_000,
        start_date: '2023-01-01',
        planned_end_date: '2024-12-31',
      });
      await trx('programme_credits').insert({
        commune_insee: commune,
        programme_id: 'PB',
        year: 2023,
        cp_planned_eur: 50_000,
        cp_executed_eur: 40_000,
      });
      // Two vacant premises in Port on 31/12/2023, one of them upstairs: a shop is a street-level premises
      // (DOMAIN.md §3), so Port has 1 premises, 1 vacant.
      await insertPremises(trx, commune, [
        {
          id: 'S1',
          street: 'quai du Wault',
          quartier_id: quartier,
          history: [['2023-01-01', 'vacant']],
        },
        {
          id: 'U1',
          street: 'quai du Wault',
          quartier_id: quartier,
          ground_floor: false,
          history: [['2023-01-01', 'vacant']],
        },
      ]);
      await refreshFluids(trx);
      await refreshCounts(trx);

      const result = await rows(trx, 'kpi_quartier_year_summary', { commune_insee: commune }, ['year']);

      expect(
        result.map((r) => [
          r['year'],
          r['investment_eur'],
          r['investment_per_inhabitant_eur'],
          r['premises'],
          r['vacant_premises'],
        ]),
      ).toEqual([[2023, 40_000, 40, 1, 1]]);
    });
  });
});
