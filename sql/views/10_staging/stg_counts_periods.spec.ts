import { insertDay, insertDays, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('materialized view stg_counts_periods', () => {
  it('rolls days up into ISO weeks and months with completeness and the mean over complete days', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99315');
      await insertSites(trx, commune, [{ site_id: 'S1' }]);
      // Friday 29 March to Tuesday 2 April 2024: 29/03 and 30/03 complete (120 each), 31/03 (clocks forward, 23 hours)
      // complete with 230, 01/04 half faulty (12 hours of 10), 02/04 complete with 240
      await insertDays(trx, commune, 'S1', '2024-03-29', '2024-03-30', 120);
      await insertDay(trx, commune, 'S1', '2024-03-31', 230, { hours: 23 });
      await insertDay(trx, commune, 'S1', '2024-04-01', 120, { fault: 12 });
      await insertDay(trx, commune, 'S1', '2024-04-02', 240);
      await refreshCounts(trx);

      const result = await rows(trx, 'stg_counts_periods', { commune_insee: commune }, ['period', 'period_start']);

      expect(
        result.map((r) => [
          r['period'],
          r['period_start'],
          r['days'],
          r['days_complete'],
          r['count_total'],
          r['hours_ok'],
          r['hours_fault'],
          r['hours_expected'],
          r['completeness'],
          r['mean_daily_complete'],
        ]),
      ).toEqual([
        // March: 120 + 120 + 230 = 470 over 3 complete days: 156.7; 24 + 24 + 23 = 71 hours expected, all valid
        ['month', '2024-03-01', 3, 3, 470, 71, 0, 71, 1, 156.7],
        // April: 120 + 240 = 360; 36 valid hours of 48 = 0.75; one complete day: 240
        ['month', '2024-04-01', 2, 1, 360, 36, 12, 48, 0.75, 240],
        // the week of Monday 25 March holds 29, 30 and 31 March
        ['week', '2024-03-25', 3, 3, 470, 71, 0, 71, 1, 156.7],
        ['week', '2024-04-01', 2, 1, 360, 36, 12, 48, 0.75, 240],
      ]);
      expectUniqueGrain(result, ['period', 'period_start']);
    });
  });
  it('counts the silent days of a followed period as missing hours, a wholly silent week included', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99316');
      await insertSites(trx, commune, [{ site_id: 'S1' }, { site_id: 'S2' }]);
      // S1 counts on Monday 6 and Wednesday 8 May 2024 only; S2 on Monday 20 May, the commune's latest day, to which
      // S1 stays followed
      await insertDay(trx, commune, 'S1', '2024-05-06', 240);
      await insertDay(trx, commune, 'S1', '2024-05-08', 240);
      await insertDay(trx, commune, 'S2', '2024-05-20', 240);
      await refreshCounts(trx);

      const result = await rows(trx, 'stg_counts_periods', { commune_insee: commune, site_id: 'S1' }, [
        'period',
        'period_start',
      ]);

      expect(
        result.map((r) => [
          r['period'],
          r['period_start'],
          r['days'],
          r['days_complete'],
          r['count_total'],
          r['hours_ok'],
          r['hours_missing'],
          r['hours_expected'],
          r['completeness'],
          r['mean_daily_complete'],
        ]),
      ).toEqual([
        // 6 to 20 May: 15 days followed, 48 valid hours of 360
        ['month', '2024-05-01', 15, 2, 480, 48, 312, 360, 0.1333, 240],
        // 6 to 12 May: 48 valid hours of 168
        ['week', '2024-05-06', 7, 2, 480, 48, 120, 168, 0.2857, 240],
        // 13 to 19 May: nothing at all, still a week followed (a counter down is not zero traffic)
        ['week', '2024-05-13', 7, 0, 0, 0, 168, 168, 0, null],
        // 20 May, the commune's latest day
        ['week', '2024-05-20', 1, 0, 0, 0, 24, 24, 0, null],
      ]);
    });
  });
});
