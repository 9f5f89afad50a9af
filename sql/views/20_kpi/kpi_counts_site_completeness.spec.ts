import { insertDay, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_counts_site_completeness', () => {
  it('lists every site with its volumes and completeness over a period, sites without data included', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99320');
      await insertSites(trx, commune, [
        { site_id: 'S1', street: 'rue Neuve' },
        { site_id: 'S2', street: 'rue Gambetta' },
      ]);
      await insertDay(trx, commune, 'S1', '2024-05-01', 240);
      await insertDay(trx, commune, 'S1', '2024-05-02', 120, { fault: 6, missing: 6 });
      await insertDay(trx, commune, 'S1', '2024-05-03', 480);
      await refreshCounts(trx);

      const result = await trx
        .select('*')
        .from(trx.raw('analytics.kpi_counts_site_completeness(?, ?, ?) as c', [commune, '2024-05-02', '2024-05-03']))
        .orderBy('site_id');

      expect(
        result.map((r) => [
          r.site_id,
          r.street,
          r.days_followed,
          r.days_complete,
          r.hours_ok,
          r.hours_fault,
          r.hours_missing,
          r.hours_expected,
          r.completeness,
          r.count_total,
          r.mean_daily_complete,
          r.first_day,
          r.last_day,
        ]),
      ).toEqual([
        // 2 May: 12 valid hours, 6 faulty, 6 missing; 3 May complete: (12 + 24) / 48 = 0.75; mean over the complete day: 480
        ['S1', 'rue Neuve', 2, 1, 36, 6, 6, 48, 0.75, 600, 480, '2024-05-01', '2024-05-03'],
        // a counter that never sent anything is listed, with no completeness to speak of
        ['S2', 'rue Gambetta', 0, 0, 0, 0, 0, 0, null, 0, null, null, null],
      ]);
      expectUniqueGrain(result, ['site_id']);
    });
  });
});
