import { refreshMarts } from '../../../backend/src/db/refresh-marts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_commune_year_overview', () => {
  it('gives each year the executed real spending, the fluids bill, the year-end vacancy and the footfall', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx);
      const line = {
        commune_insee: commune,
        year: 2024,
        stage: 'CA',
        is_real: true,
        function_code: '0',
        operation: '',
      };
      await trx('budget_lines').insert([
        { ...line, section: 'F', direction: 'D', account: '60612', chapter: '011', amount_executed: 1000 },
        { ...line, section: 'F', direction: 'D', account: '64111', chapter: '012', amount_executed: 3000 },
        // order operations and debt repayment are not spending on services or equipment
        {
          ...line,
          section: 'F',
          direction: 'D',
          is_real: false,
          account: '6811',
          chapter: '042',
          amount_executed: 500,
        },
        { ...line, section: 'I', direction: 'D', account: '2135', chapter: '21', amount_executed: 800 },
        { ...line, section: 'I', direction: 'D', account: '1641', chapter: '16', amount_executed: 200 },
        // the voted budget is not what was spent
        { ...line, stage: 'BP', section: 'F', direction: 'D', account: '60612', chapter: '011', amount_voted: 1200 },
      ]);

      await trx('buildings').insert({
        commune_insee: commune,
        building_id: 'B1',
        name: 'Mairie',
        type: 'town_hall',
        heated_area_m2: 500,
      });
      await trx('meters').insert([
        { commune_insee: commune, building_id: 'B1', fluid: 'electricity', unit: 'kWh' },
        { commune_insee: commune, building_id: 'B1', fluid: 'water', unit: 'm3' },
      ]);
      await trx('meter_readings').insert([
        {
          commune_insee: commune,
          building_id: 'B1',
          fluid: 'electricity',
          period_start: '2024-01-01',
          period_end: '2024-01-31',
          quantity: 1000,
          unit: 'kWh',
          amount_eur: 200,
        },
        {
          commune_insee: commune,
          building_id: 'B1',
          fluid: 'water',
          period_start: '2024-01-01',
          period_end: '2024-01-31',
          quantity: 10,
          unit: 'm3',
          amount_eur: 40,
        },
      ]);

      await trx('premises').insert(
        ['P1', 'P2', 'P3', 'P4'].map((id) => ({ commune_insee: commune, premises_id: id, street: 'rue Neuve' })),
      );
      // an upstairs office vacant since 2020 is not a shop (DOMAIN.md §3): it never counts
      await trx('premises').insert({
        commune_insee: commune,
        premises_id: 'U1',
        street: 'rue Neuve',
        ground_floor: false,
      });
      await trx('premises_status').insert({
        commune_insee: commune,
        premises_id: 'U1',
        valid_from: '2020-01-01',
        status: 'vacant',
      });
      await trx('premises_status').insert([
        {
          commune_insee: commune,
          premises_id: 'P1',
          valid_from: '2023-01-01',
          status: 'occupied',
          activity: 'restauration',
        },
        {
          commune_insee: commune,
          premises_id: 'P2',
          valid_from: '2020-01-01',
          status: 'occupied',
          activity: 'services',
        },
        { commune_insee: commune, premises_id: 'P2', valid_from: '2024-06-01', status: 'vacant' },
        { commune_insee: commune, premises_id: 'P3', valid_from: '2024-03-01', status: 'works' },
        { commune_insee: commune, premises_id: 'P4', valid_from: '2024-02-01', status: 'closed' },
      ]);

      await trx('counting_sites').insert([
        { commune_insee: commune, site_id: 'S1', name: 'Rue Neuve', kind: 'pedestrian' },
        { commune_insee: commune, site_id: 'S2', name: 'Piste', kind: 'bike' },
      ]);
      await trx('counts_hourly').insert([
        { commune_insee: commune, site_id: 'S1', hour: '2024-05-02 10:00', count: 100 },
        { commune_insee: commune, site_id: 'S1', hour: '2024-05-02 11:00', count: 50 },
        { commune_insee: commune, site_id: 'S1', hour: '2024-05-02 12:00', count: null, status: 'fault' },
        { commune_insee: commune, site_id: 'S2', hour: '2024-05-02 10:00', count: 30 },
      ]);
      // 2019: a bike counter's day and nothing else: the other families have no figure that year, not a zero
      await trx('counts_hourly').insert({ commune_insee: commune, site_id: 'S2', hour: '2019-06-03 10:00', count: 12 });
      await refreshMarts(trx, { concurrently: false });

      const result = await rows(trx, 'kpi_commune_year_overview', { commune_insee: commune }, ['year']);

      // the bike counter is followed from its first day to the commune's last: every year from 2019 has a row
      expect(result.map((r) => r['year'])).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
      expect(result[0]).toEqual({
        commune_insee: commune,
        year: 2019,
        population: 10000,
        operating_expenses_eur: null,
        investment_expenses_eur: null,
        fluids_kwh: null,
        fluids_cost_eur: null,
        premises: null,
        vacant_premises: null,
        vacancy_rate: null,
        footfall: null,
      });
      expect(result[5]).toEqual({
        commune_insee: commune,
        year: 2024,
        population: 10000,
        operating_expenses_eur: 4000,
        investment_expenses_eur: 800,
        fluids_kwh: 1000,
        fluids_cost_eur: 240,
        premises: 2,
        vacant_premises: 1,
        vacancy_rate: 0.5,
        footfall: 150,
      });
      expectUniqueGrain(result, ['commune_insee', 'year']);
    });
  });
});
