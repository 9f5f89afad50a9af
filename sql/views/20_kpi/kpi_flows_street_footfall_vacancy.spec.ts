import { insertDays, insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_flows_street_footfall_vacancy', () => {
  it("sets each street's footfall and its change over a year beside its vacancy", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99324');
      await insertPremises(trx, commune, [
        {
          id: 'B1',
          street: 'rue de Béthune',
          history: [
            ['2023-03-01', 'occupied'],
            ['2024-03-10', 'vacant'],
          ],
        },
        { id: 'B2', street: 'rue de Béthune', history: [['2023-03-01', 'occupied']] },
        { id: 'N1', street: 'rue Neuve', history: [['2023-03-01', 'occupied']] },
      ]);
      await insertSites(trx, commune, [
        { site_id: 'P1', street: 'rue de Béthune' },
        { site_id: 'P2', street: 'rue de Béthune' },
        { site_id: 'V1', kind: 'bike', street: 'rue de Béthune' },
      ]);
      // March 2023: P1 240 a day; March 2024: P1 168 a day, P2 (new) 96 a day
      await insertDays(trx, commune, 'P1', '2023-03-01', '2023-03-03', 240);
      await insertDays(trx, commune, 'P1', '2024-03-01', '2024-03-03', 168);
      await insertDays(trx, commune, 'P2', '2024-03-01', '2024-03-03', 96);
      await insertDays(trx, commune, 'V1', '2024-03-01', '2024-03-03', 48);
      await refreshCounts(trx);
      await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');

      const result = await rows(
        trx,
        'kpi_flows_street_footfall_vacancy',
        { commune_insee: commune, month: '2024-03-01' },
        ['street'],
      );

      expect(
        result.map((r) => [
          r['street'],
          r['premises'],
          r['vacant'],
          r['vacancy_rate'],
          r['vacancy_rate_change_12m'],
          r['counting_sites'],
          r['sites_reporting'],
          r['footfall_mean_daily'],
          r['footfall_change_12m'],
        ]),
      ).toEqual(
        jasmine.arrayWithExactContents([
          // 168 + 96 = 264 a day now; over the site that reported both years (P1): 168 / 240 - 1 = -30 %; the bike counter is not footfall
          ['rue de Béthune', 2, 1, 0.5, 0.5, 2, 2, 264, -0.3],
          ['rue Neuve', 1, 0, 0, 0, 0, 0, null, null],
        ]),
      );
      expectUniqueGrain(await rows(trx, 'kpi_flows_street_footfall_vacancy', { commune_insee: commune }), [
        'street',
        'month',
      ]);
    });
  });
});
