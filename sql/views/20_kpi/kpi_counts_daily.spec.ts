import { insertDay, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_counts_daily', () => {
  it('gives daily counts per site, zone and commune by kind, with completeness and the calendar', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99316');
      await insertSites(trx, commune, [
        { site_id: 'A', zone: 'Z1' },
        { site_id: 'B', zone: 'Z1' },
        { site_id: 'C', zone: 'Z2' },
        { site_id: 'K', kind: 'bike', zone: 'Z1' },
      ]);
      // Tuesday 7 May 2024, then Wednesday 8 May 2024, a public holiday (Victoire 1945)
      await insertDay(trx, commune, 'A', '2024-05-07', 240);
      await insertDay(trx, commune, 'A', '2024-05-08', 120, { fault: 12 });
      await insertDay(trx, commune, 'B', '2024-05-07', 480);
      await insertDay(trx, commune, 'B', '2024-05-08', 480);
      await insertDay(trx, commune, 'C', '2024-05-07', 96); // and nothing on the 8th
      await insertDay(trx, commune, 'K', '2024-05-07', 48);
      await insertDay(trx, commune, 'K', '2024-05-08', 24);
      await refreshCounts(trx);

      const result = await rows(trx, 'kpi_counts_daily', { commune_insee: commune }, [
        'kind',
        'level',
        'zone',
        'site_id',
        'day',
      ]);
      const pick = (r: Record<string, unknown>) => [
        r['kind'],
        r['level'],
        r['zone'],
        r['site_id'],
        r['day'],
        r['count_total'],
        r['sites'],
        r['sites_complete'],
        r['hours_ok'],
        r['hours_fault'],
        r['hours_missing'],
        r['completeness'],
        r['day_type'],
      ];

      expect(result.filter((r) => r['level'] !== 'site').map(pick)).toEqual([
        ['bike', 'commune', null, null, '2024-05-07', 48, 1, 1, 24, 0, 0, 1, 'weekday'],
        ['bike', 'commune', null, null, '2024-05-08', 24, 1, 1, 24, 0, 0, 1, 'public_holiday'],
        ['bike', 'zone', 'Z1', null, '2024-05-07', 48, 1, 1, 24, 0, 0, 1, 'weekday'],
        ['bike', 'zone', 'Z1', null, '2024-05-08', 24, 1, 1, 24, 0, 0, 1, 'public_holiday'],
        // 240 + 480 + 96 = 816 pedestrians, all 72 site-hours valid
        ['pedestrian', 'commune', null, null, '2024-05-07', 816, 3, 3, 72, 0, 0, 1, 'weekday'],
        // 120 + 480 + nothing from C: 36 valid hours of 72 = 0.5, C's 24 hours missing, A's 12 faulty
        ['pedestrian', 'commune', null, null, '2024-05-08', 600, 3, 1, 36, 12, 24, 0.5, 'public_holiday'],
        ['pedestrian', 'zone', 'Z1', null, '2024-05-07', 720, 2, 2, 48, 0, 0, 1, 'weekday'],
        ['pedestrian', 'zone', 'Z1', null, '2024-05-08', 600, 2, 1, 36, 12, 0, 0.75, 'public_holiday'],
        ['pedestrian', 'zone', 'Z2', null, '2024-05-07', 96, 1, 1, 24, 0, 0, 1, 'weekday'],
        ['pedestrian', 'zone', 'Z2', null, '2024-05-08', 0, 1, 0, 0, 0, 24, 0, 'public_holiday'],
      ]);
      expect(result.filter((r) => r['site_id'] === 'A').map(pick)).toEqual([
        ['pedestrian', 'site', 'Z1', 'A', '2024-05-07', 240, 1, 1, 24, 0, 0, 1, 'weekday'],
        ['pedestrian', 'site', 'Z1', 'A', '2024-05-08', 120, 1, 0, 12, 12, 0, 0.5, 'public_holiday'],
      ]);
      expect(result.find((r) => r['day'] === '2024-05-08')?.['public_holiday']).toBe('Victoire 1945');
      expectUniqueGrain(result, ['kind', 'level', 'zone', 'site_id', 'day']);
      for (const day of ['2024-05-07', '2024-05-08']) {
        const communeRow = result.find(
          (r) => r['level'] === 'commune' && r['kind'] === 'pedestrian' && r['day'] === day,
        )!;
        const zones = result.filter((r) => r['level'] === 'zone' && r['kind'] === 'pedestrian' && r['day'] === day);
        expect(zones.reduce((s, r) => s + (r['count_total'] as number), 0)).toBe(communeRow['count_total'] as number);
      }
    });
  });
});
