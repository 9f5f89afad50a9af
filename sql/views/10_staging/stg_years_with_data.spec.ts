import { refreshMarts } from '../../../backend/src/db/refresh-marts';
import { insertDay, insertSites } from '../../../backend/test/fixtures/commerce/counts';
import { insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_years_with_data', () => {
  it('gives every year some family has figures for, once, and nothing for a year with only planned credits', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99531');
      // 2021: a voted budget only; 2022: a water bill; 2023: one day of counts and a BP; 2024: credits paid;
      // 2025: credits planned, none paid (no figure yet)
      await trx('budget_lines').insert([
        {
          commune_insee: commune,
          year: 2021,
          stage: 'BP',
          is_real: true,
          function_code: '0',
          operation: '',
          section: 'F',
          direction: 'D',
          account: '60612',
          chapter: '011',
          amount_voted: 100,
        },
        {
          commune_insee: commune,
          year: 2023,
          stage: 'BP',
          is_real: true,
          function_code: '0',
          operation: '',
          section: 'F',
          direction: 'D',
          account: '60612',
          chapter: '011',
          amount_voted: 100,
        },
      ]);
      await trx('buildings').insert({
        commune_insee: commune,
        building_id: 'B1',
        name: 'Mairie',
        type: 'town_hall',
        heated_area_m2: 500,
      });
      await trx('meters').insert({
        commune_insee: commune,
        building_id: 'B1',
        fluid: 'water',
        unit: 'm3',
      });
      await trx('meter_readings').insert({
        commune_insee: commune,
        building_id: 'B1',
        fluid: 'water',
        period_start: '2022-03-01',
        period_end: '2022-03-31',
        quantity: 10,
        unit: 'm3',
        amount_eur: 40,
      });
      await insertSites(trx, commune, [{ site_id: 'S1' }]);
      await insertDay(trx, commune, 'S1', '2023-05-04', 24);
      await trx('programmes').insert({
        commune_insee: commune,
        programme_id: 'P1',
        name: 'Toiture',
        ap_amount_eur: 100_000,
        start_date: '2024-01-01',
        planned_end_date: '2025-12-31',
      });
      await trx('programme_credits').insert([
        {
          commune_insee: commune,
          programme_id: 'P1',
          year: 2024,
          cp_planned_eur: 50_000,
          cp_executed_eur: 45_000,
        },
        {
          commune_insee: commune,
          programme_id: 'P1',
          year: 2025,
          cp_planned_eur: 50_000,
          cp_executed_eur: 0,
        },
      ]);
      await refreshMarts(trx, { concurrently: false });

      const years = await rows(trx, 'stg_years_with_data', { commune_insee: commune }, ['year']);

      expect(years.map((r) => r['year'])).toEqual([2021, 2022, 2023, 2024]);
    });
  });
});
