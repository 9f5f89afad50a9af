import { insertDay, insertSites } from '../../../backend/test/fixtures/commerce/counts';
import {
  expectUniqueGrain,
  insertCommune,
  rows,
  withRollback,
} from '../../../backend/test/helpers/sql';

describe('view stg_counts_site_days', () => {
  it("lists every day of every site from its first data to the commune's latest, a silent day as every hour missing", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99326');
      await insertSites(trx, commune, [{ site_id: 'S1' }, { site_id: 'S2' }, { site_id: 'S3' }]);
      await insertDay(trx, commune, 'S1', '2024-05-02', 240);
      await insertDay(trx, commune, 'S1', '2024-05-03', 200, { fault: 2, missing: 2 });
      // 2024-05-04: S1 sent nothing at all
      await insertDay(trx, commune, 'S1', '2024-05-05', 5, { missing: 23 });
      await insertDay(trx, commune, 'S2', '2024-05-04', 24);
      // S3 never counted anything: no spine

      const result = await rows(trx, 'stg_counts_site_days', { commune_insee: commune }, [
        'site_id',
        'day',
      ]);

      // read live: no refresh needed after the hourly rows changed
      expect(
        result.map((r) => [
          r['site_id'],
          r['day'],
          r['count_total'],
          r['hours_ok'],
          r['hours_fault'],
          r['hours_missing'],
          r['hours_expected'],
          r['is_complete'],
        ]),
      ).toEqual([
        ['S1', '2024-05-02', 240, 24, 0, 0, 24, true],
        ['S1', '2024-05-03', 200, 20, 2, 2, 24, false],
        ['S1', '2024-05-04', 0, 0, 0, 24, 24, false],
        ['S1', '2024-05-05', 5, 1, 0, 23, 24, false],
        // S2 starts on 2024-05-04 and is followed to the commune's latest day, 2024-05-05
        ['S2', '2024-05-04', 24, 24, 0, 0, 24, true],
        ['S2', '2024-05-05', 0, 0, 0, 24, 24, false],
      ]);
      expectUniqueGrain(result, ['site_id', 'day']);
      expect(
        result.every(
          (r) =>
            (r['hours_ok'] as number) +
              (r['hours_fault'] as number) +
              (r['hours_missing'] as number) ===
            r['hours_expected'],
        ),
      ).toBeTrue();
      const week = await trx('analytics.stg_counts_site_days')
        .where({ commune_insee: commune })
        .whereBetween('day', ['2024-05-04', '2024-05-04'])
        .pluck('site_id');
      expect(week).toEqual(['S1', 'S2']);
    });
  });
});
