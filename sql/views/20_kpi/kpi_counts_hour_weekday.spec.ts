import { insertSites } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_counts_hour_weekday', () => {
  it("gives the mean count of each weekday and hour of a year, holidays and faults left out, and each hour's share of its day", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99318');
      await insertSites(trx, commune, [
        { site_id: 'S1', zone: 'Z' },
        { site_id: 'S2', zone: 'Z' },
      ]);
      const hour = (site: string, at: string, count: number | null, status = 'ok') => ({
        commune_insee: commune,
        site_id: site,
        hour: at,
        count,
        status,
      });
      await trx('counts_hourly').insert([
        // two Tuesdays of May 2024
        hour('S1', '2024-05-14 11:00', 30),
        hour('S1', '2024-05-14 12:00', 10),
        hour('S1', '2024-05-21 11:00', 10),
        hour('S1', '2024-05-21 12:00', 20),
        hour('S1', '2024-05-14 13:00', null, 'fault'),
        hour('S2', '2024-05-14 11:00', 5),
        // Wednesday 8 May 2024 is a public holiday
        hour('S1', '2024-05-08 11:00', 1000),
      ]);

      const result = await rows(trx, 'kpi_counts_hour_weekday', { commune_insee: commune, year: 2024 }, [
        'level',
        'site_id',
        'isodow',
        'hour_of_day',
      ]);

      expect(
        result.map((r) => [
          r['level'],
          r['site_id'],
          r['isodow'],
          r['hour_of_day'],
          r['mean_count'],
          r['hours_ok'],
          r['share_of_day'],
        ]),
      ).toEqual([
        // zone and commune: S1's means (20 at 11:00, 15 at 12:00) plus S2's 5 at 11:00: 25 and 15, shares 25/40 and 15/40
        ['commune', null, 2, 11, 25, 3, 0.625],
        ['commune', null, 2, 12, 15, 2, 0.375],
        // S1 on Tuesdays: 11:00 (30 + 10) / 2 = 20, 12:00 (10 + 20) / 2 = 15: 20/35 and 15/35 of the day
        ['site', 'S1', 2, 11, 20, 2, 0.5714],
        ['site', 'S1', 2, 12, 15, 2, 0.4286],
        ['site', 'S2', 2, 11, 5, 1, 1],
        ['zone', null, 2, 11, 25, 3, 0.625],
        ['zone', null, 2, 12, 15, 2, 0.375],
      ]);
      expectUniqueGrain(result, ['level', 'zone', 'site_id', 'isodow', 'hour_of_day']);
    });
  });
});
