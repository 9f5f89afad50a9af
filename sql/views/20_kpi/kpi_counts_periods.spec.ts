import { insertDay, insertDays, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_counts_periods', () => {
  it("gives weekly and monthly flows per site, zone and commune, and each site's share of its zone", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99317');
      await insertSites(trx, commune, [
        { site_id: 'A', zone: 'Z' },
        { site_id: 'B', zone: 'Z' },
      ]);
      // Wednesday 1 to Friday 3 May 2024 (the ISO week of Monday 29 April)
      await insertDays(trx, commune, 'A', '2024-05-01', '2024-05-02', 120);
      await insertDay(trx, commune, 'A', '2024-05-03', 60, { fault: 12 });
      await insertDays(trx, commune, 'B', '2024-05-01', '2024-05-03', 360);
      await refreshCounts(trx);

      const result = await rows(trx, 'kpi_counts_periods', { commune_insee: commune }, ['period', 'level', 'site_id']);
      const pick = (r: Record<string, unknown>) => [
        r['period'],
        r['period_start'],
        r['level'],
        r['site_id'],
        r['sites'],
        r['sites_reporting'],
        r['site_days'],
        r['site_days_complete'],
        r['count_total'],
        r['completeness'],
        r['mean_daily_complete'],
        r['share_of_zone'],
      ];

      expect(result.filter((r) => r['period'] === 'month').map(pick)).toEqual([
        // 300 + 1080 = 1380; (24 + 24 + 12 + 72) valid hours of 144 = 0.9167; mean over complete days 120 + 360 = 480
        ['month', '2024-05-01', 'commune', null, 2, 2, 6, 5, 1380, 0.9167, 480, null],
        ['month', '2024-05-01', 'site', 'A', 1, 1, 3, 2, 300, 0.8333, 120, 0.25],
        ['month', '2024-05-01', 'site', 'B', 1, 1, 3, 3, 1080, 1, 360, 0.75],
        ['month', '2024-05-01', 'zone', null, 2, 2, 6, 5, 1380, 0.9167, 480, null],
      ]);
      expect(result.filter((r) => r['period'] === 'week' && r['level'] === 'zone').map(pick)).toEqual([
        ['week', '2024-04-29', 'zone', null, 2, 2, 6, 5, 1380, 0.9167, 480, null],
      ]);
      expectUniqueGrain(result, ['period', 'period_start', 'level', 'kind', 'zone', 'site_id']);
      const shares = result
        .filter((r) => r['level'] === 'site' && r['period'] === 'month')
        .reduce((s, r) => s + (r['share_of_zone'] as number), 0);
      expect(shares).toBeCloseTo(1, 4);
    });
  });
});
