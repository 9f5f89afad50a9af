import { insertDay, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('materialized view stg_counts_daily (and the counts_daily rollup its triggers keep)', () => {
  it("lists every day of every site from its first data to the commune's latest, a silent day as every hour missing", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99311');
      await insertSites(trx, commune, [{ site_id: 'S1' }, { site_id: 'S2' }, { site_id: 'S3' }]);
      await insertDay(trx, commune, 'S1', '2024-05-02', 240);
      // 20 valid hours of 10, 2 faulty hours, 2 hours absent
      await insertDay(trx, commune, 'S1', '2024-05-03', 200, { fault: 2, missing: 2 });
      // 2024-05-04: S1 sent nothing at all
      await insertDay(trx, commune, 'S1', '2024-05-05', 5, { missing: 23 });
      await insertDay(trx, commune, 'S2', '2024-05-04', 24);
      // S3 never counted anything: no spine
      await refreshCounts(trx);

      const result = await rows(trx, 'stg_counts_daily', { commune_insee: commune }, ['site_id', 'day']);

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
            (r['hours_ok'] as number) + (r['hours_fault'] as number) + (r['hours_missing'] as number) ===
            r['hours_expected'],
        ),
      ).toBeTrue();
    });
  });

  it('expects 23 hours on the day clocks go forward, or the 24 naive hours a source may write that day', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99312');
      await insertSites(trx, commune, [{ site_id: 'S1' }, { site_id: 'S2' }]);
      await insertDay(trx, commune, 'S1', '2024-03-31', 230, { hours: 23 });
      await insertDay(trx, commune, 'S2', '2024-03-31', 240);
      await refreshCounts(trx);

      const days = await rows(trx, 'stg_counts_daily', { commune_insee: commune }, ['site_id']);

      expect(
        days.map((d) => [
          d['site_id'],
          d['count_total'],
          d['hours_ok'],
          d['hours_missing'],
          d['hours_expected'],
          d['is_complete'],
        ]),
      ).toEqual([
        ['S1', 230, 23, 0, 23, true],
        // completeness never goes above 1
        ['S2', 240, 24, 0, 24, true],
      ]);
    });
  });

  it('follows updates and deletions of hourly counts (an import that corrects a file, a rollback)', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99313');
      await insertSites(trx, commune, [{ site_id: 'S1' }]);
      await insertDay(trx, commune, 'S1', '2024-05-02', 240);
      await insertDay(trx, commune, 'S1', '2024-05-03', 48);
      // 10:00 was in fact faulty; 11:00 is corrected from 10 to 25; 2024-05-03 is withdrawn
      await trx('counts_hourly')
        .where({ commune_insee: commune, site_id: 'S1', hour: '2024-05-02 10:00' })
        .update({ count: null, status: 'fault' });
      await trx('counts_hourly')
        .where({ commune_insee: commune, site_id: 'S1', hour: '2024-05-02 11:00' })
        .update({ count: 25 });
      await trx('counts_hourly')
        .where({ commune_insee: commune, site_id: 'S1' })
        .whereRaw('hour::date = ?', ['2024-05-03'])
        .delete();

      const daily = await trx('counts_daily')
        .where({ commune_insee: commune })
        .select('day', 'count_total', 'hours_ok', 'hours_fault', 'hours_present');
      // 240 - 10 (now faulty) - 10 + 25 = 245
      expect(daily).toEqual([{ day: '2024-05-02', count_total: 245, hours_ok: 23, hours_fault: 1, hours_present: 24 }]);
      const profile = await trx('counts_hour_profile')
        .where({ commune_insee: commune, year: 2024 })
        .whereIn('hour_of_day', [9, 10, 11])
        .orderBy(['isodow', 'hour_of_day'])
        .select('isodow', 'hour_of_day', 'count_total', 'hours_ok');
      // Thursday 2 May: 9:00 untouched, 10:00 gone from the profile (faulty), 11:00 corrected
      expect(profile).toEqual([
        { isodow: 4, hour_of_day: 9, count_total: 10, hours_ok: 1 },
        { isodow: 4, hour_of_day: 11, count_total: 25, hours_ok: 1 },
      ]);
      const recomputed = await trx('counts_hourly')
        .where({ commune_insee: commune })
        .select(trx.raw('sum(count) filter (where status = ?)::int as total', ['ok']));
      expect(recomputed[0].total).toBe(245);
    });
  });

  it('leaves public holidays out of the hour x weekday profile', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99314');
      await insertSites(trx, commune, [{ site_id: 'S1' }]);
      // Wednesday 1 May 2024 (Fête du Travail) and Wednesday 8 May 2024 (Victoire 1945) are holidays; 15 May is not
      await insertDay(trx, commune, 'S1', '2024-05-01', 24);
      await insertDay(trx, commune, 'S1', '2024-05-08', 24);
      await insertDay(trx, commune, 'S1', '2024-05-15', 48);

      const profile = await trx('counts_hour_profile')
        .where({ commune_insee: commune })
        .select(trx.raw('sum(count_total)::int as total, sum(hours_ok)::int as hours'));

      expect(profile[0]).toEqual({ total: 48, hours: 24 });
    });
  });
});
