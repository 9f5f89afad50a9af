import { insertDay, insertDays, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_counts_year_on_year', () => {
  it('compares each day with the same weekday a year before, leaving out gaps and days of different calendar', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99319');
      await insertSites(trx, commune, [
        { site_id: 'S1', zone: 'Z' },
        { site_id: 'S2', zone: 'Z' },
      ]);
      // Monday 6 to Sunday 12 May 2024 against Monday 8 to Sunday 14 May 2023 (364 days before)
      await insertDays(trx, commune, 'S1', '2023-05-08', '2023-05-14', 192);
      await insertDays(trx, commune, 'S1', '2024-05-06', '2024-05-12', 240);
      await trx('counts_hourly')
        .where({ commune_insee: commune, site_id: 'S1' })
        .whereRaw('hour::date = ?', ['2024-05-11'])
        .update({ count: null, status: 'fault' });
      await insertDays(trx, commune, 'S2', '2023-05-08', '2023-05-11', 48);
      await insertDays(trx, commune, 'S2', '2023-05-13', '2023-05-14', 48);
      await insertDays(trx, commune, 'S2', '2024-05-06', '2024-05-12', 48);
      await insertDay(trx, commune, 'S2', '2024-05-13', 48);
      await refreshCounts(trx);

      const result = await trx
        .select('*')
        .from(trx.raw('analytics.kpi_counts_year_on_year(?, ?, ?) as y', [commune, '2024-05-06', '2024-05-12']))
        .orderBy(['level', 'site_id']);

      // Left out for the calendar: 06/05/2024 (against Monday 8 May 2023, Victoire 1945), 08/05/2024 (a holiday, against
      // an ordinary Wednesday) and 09/05/2024 (Ascension, against an ordinary Thursday). Left out as gaps: S1 on
      // 11/05/2024 (faulty), S2 on 10/05/2024 (nothing on 12/05/2023).
      expect(
        result.map((r) => [
          r.level,
          r.site_id,
          r.current_total,
          r.previous_total,
          r.change_rate,
          r.days_compared,
          r.site_days_compared,
          r.site_days_gap,
          r.site_days_calendar,
          r.days_in_period,
        ]),
      ).toEqual([
        // 720 + 144 = 864 against 576 + 144 = 720: +20 %, on 4 distinct days
        ['commune', null, 864, 720, 0.2, 4, 6, 2, 6, 7],
        // S1: 7, 10 and 12 May: 3 x 240 = 720 against 3 x 192 = 576: +25 %
        ['site', 'S1', 720, 576, 0.25, 3, 3, 1, 3, 7],
        ['site', 'S2', 144, 144, 0, 3, 3, 1, 3, 7],
        ['zone', null, 864, 720, 0.2, 4, 6, 2, 6, 7],
      ]);
      expectUniqueGrain(result, ['level', 'zone', 'site_id']);
    });
  });
});
