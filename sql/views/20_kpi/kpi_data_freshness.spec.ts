import type { Knex } from 'knex';
import { insertDay, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { addBuilding, addMeter } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

/** One import run of `kind` for the commune, finished at `finishedAt` (UTC). */
async function insertImport(
  trx: Knex.Transaction,
  commune: string,
  kind: string,
  finishedAt: string | null,
  status = 'landed',
) {
  await trx('imports').insert({
    commune_insee: commune,
    kind,
    status,
    file_name: `${kind}.csv`,
    started_at: finishedAt ?? '2025-01-01T00:00:00Z',
    finished_at: finishedAt,
  });
}

async function insertBill(
  trx: Knex.Transaction,
  commune: string,
  building: string,
  fluid: string,
  from: string,
  to: string,
) {
  await addMeter(trx, commune, building, fluid);
  await trx('meter_readings').insert({
    commune_insee: commune,
    building_id: building,
    fluid,
    unit: fluid === 'water' ? 'm3' : 'kWh',
    period_start: from,
    period_end: to,
    quantity: 100,
    amount_eur: 20,
  });
}

describe('view kpi_data_freshness', () => {
  it('gives each source of a commune the latest date its data cover and its last landed import', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99520');
      const line = {
        commune_insee: commune,
        section: 'F',
        direction: 'D',
        is_real: true,
        chapter: '011',
        account: '60612',
      };
      // budget: accounts (CA) up to 2024, so data up to 31/12/2024; the voted 2025 budget is a forecast, not data
      await trx('budget_lines').insert([
        { ...line, year: 2023, stage: 'CA', amount_executed: 100 },
        { ...line, year: 2024, stage: 'CA', amount_executed: 100 },
        { ...line, year: 2025, stage: 'BP', amount_voted: 100 },
      ]);
      // fluids: the latest bill of any meter ends on 15/11/2024
      await addBuilding(trx, commune, { id: 'B1' });
      await insertBill(trx, commune, 'B1', 'electricity', '2024-10-16', '2024-11-15');
      await insertBill(trx, commune, 'B1', 'water', '2024-08-01', '2024-10-31');
      // degree-days: January and February 2024, so data up to the last day of February, 29/02/2024 (leap year)
      await trx('degree_days').insert([
        { commune_insee: commune, month: '2024-01-01', dju: 400 },
        { commune_insee: commune, month: '2024-02-01', dju: 360 },
      ]);
      // commerce: the latest status change was recorded on 15/09/2024
      await insertPremises(trx, commune, [
        {
          id: 'P1',
          street: 'rue Neuve',
          history: [
            ['2020-01-01', 'occupied'],
            ['2024-09-15', 'vacant'],
          ],
        },
        { id: 'P2', street: 'rue Neuve', history: [['2023-04-01', 'occupied']] },
      ]);
      // counts: S1 counted on 01/06/2024, S2 up to 03/06/2024
      await insertSites(trx, commune, [{ site_id: 'S1' }, { site_id: 'S2', kind: 'bike' }]);
      await insertDay(trx, commune, 'S1', '2024-06-01', 240);
      await insertDay(trx, commune, 'S2', '2024-06-03', 48);

      // imports: each kind feeds one source; only landed runs count, the latest of them wins
      //   budget   <- budget 01/05, programmes 01/04, debt 01/06 (a budget file refused on 01/07 does not count)
      //   fluids   <- buildings 05/01, readings 10/01
      //   degree-days <- degree-days 01/03 (another still running)
      //   commerce <- premises 01/10/2024
      //   counts   <- counting-sites 01/05/2024 (the counts import of 10/06 was rolled back)
      await insertImport(trx, commune, 'budget', '2025-05-01T10:00:00Z');
      await insertImport(trx, commune, 'programmes', '2025-04-01T10:00:00Z');
      await insertImport(trx, commune, 'debt', '2025-06-01T10:00:00Z');
      await insertImport(trx, commune, 'budget', '2025-07-01T10:00:00Z', 'refused');
      await insertImport(trx, commune, 'buildings', '2025-01-05T08:00:00Z');
      await insertImport(trx, commune, 'readings', '2025-01-10T08:00:00Z');
      await insertImport(trx, commune, 'degree-days', '2025-03-01T09:30:00Z');
      await insertImport(trx, commune, 'degree-days', null, 'running');
      await insertImport(trx, commune, 'premises', '2024-10-01T12:00:00Z');
      await insertImport(trx, commune, 'counting-sites', '2024-05-01T12:00:00Z');
      await insertImport(trx, commune, 'counts', '2024-06-10T12:00:00Z', 'rolled_back');
      // reference data is not a source of figures: no 'quartiers' row, and no row without a commune
      await insertImport(trx, commune, 'quartiers', '2025-08-01T12:00:00Z');
      await trx('imports').insert({
        commune_insee: null,
        kind: 'communes',
        status: 'landed',
        file_name: 'communes.csv',
        started_at: '2025-08-01T12:00:00Z',
        finished_at: '2025-08-01T12:00:00Z',
      });

      // A second commune: counts loaded without any import (the demo load writes straight to the tables), and a
      // buildings file landed before any bill: its fluids were imported but hold no data yet.
      const other = await insertCommune(trx, '99521');
      await insertSites(trx, other, [{ site_id: 'S1' }]);
      await insertDay(trx, other, 'S1', '2024-12-31', 24);
      await insertImport(trx, other, 'buildings', '2025-02-01T08:00:00Z');
      await refreshCounts(trx);

      const result = await rows(trx, 'kpi_data_freshness', { commune_insee: commune }, ['source']);

      expect(result).toEqual([
        {
          commune_insee: commune,
          source: 'budget',
          last_import_at: new Date('2025-06-01T10:00:00Z'),
          latest_data: '2024-12-31',
        },
        {
          commune_insee: commune,
          source: 'commerce',
          last_import_at: new Date('2024-10-01T12:00:00Z'),
          latest_data: '2024-09-15',
        },
        {
          commune_insee: commune,
          source: 'counts',
          last_import_at: new Date('2024-05-01T12:00:00Z'),
          latest_data: '2024-06-03',
        },
        {
          commune_insee: commune,
          source: 'degree-days',
          last_import_at: new Date('2025-03-01T09:30:00Z'),
          latest_data: '2024-02-29',
        },
        {
          commune_insee: commune,
          source: 'fluids',
          last_import_at: new Date('2025-01-10T08:00:00Z'),
          latest_data: '2024-11-15',
        },
      ]);
      expectUniqueGrain(result, ['commune_insee', 'source']);
      expect(await trx('analytics.kpi_data_freshness').whereNull('commune_insee').count('* as n'))
        .withContext('no row without a commune')
        .toEqual([{ n: jasmine.anything() }]);
      expect(Number((await trx('analytics.kpi_data_freshness').whereNull('commune_insee').count('* as n'))[0].n)).toBe(
        0,
      );

      const elsewhere = await rows(trx, 'kpi_data_freshness', { commune_insee: other }, ['source']);
      expect(elsewhere).toEqual([
        { commune_insee: other, source: 'counts', last_import_at: null, latest_data: '2024-12-31' },
        {
          commune_insee: other,
          source: 'fluids',
          last_import_at: new Date('2025-02-01T08:00:00Z'),
          latest_data: null,
        },
      ]);
    });
  });
});
