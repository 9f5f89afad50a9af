import { impactFixture } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_flows_impact_daily', () => {
  it('indexes each site on its own level before the works and follows the zone against the control sites day by day', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99321');
      await impactFixture(trx, commune);

      const result = await trx
        .select('*')
        .from(
          trx.raw('analytics.kpi_flows_impact_daily(?, ?::text[], null, ?, ?, ?) as d', [
            commune,
            ['Z1'],
            '2024-03-04',
            '2024-03-06',
            3,
          ]),
        )
        .orderBy('day');

      expect(
        result.map((r) => [
          r.period,
          r.day,
          r.zone_count,
          r.zone_sites,
          r.zone_panel_sites,
          r.zone_index,
          r.control_index,
          r.control_sites,
          r.log_ratio,
          r.zone_count_matched,
          r.zone_count_last_year,
        ]),
      ).toEqual([
        ['before', '2024-03-01', 240, 1, 1, 1, 1, 2, 0, null, null],
        ['before', '2024-03-02', 240, 1, 1, 1, 1, 2, 0, null, null],
        ['before', '2024-03-03', 240, 1, 1, 1, 1, 2, 0, null, null],
        // 120 / 240 = 0.5, ln 0.5 = -0.693147; a year before (6 March 2023) 240
        ['during', '2024-03-04', 120, 1, 1, 0.5, 1, 2, -0.693147, 120, 240],
        // C2 is faulty that day: the control index rests on C1 alone (480 / 480)
        ['during', '2024-03-05', 96, 1, 1, 0.4, 1, 1, -0.916291, 96, 240],
        ['during', '2024-03-06', 144, 1, 1, 0.6, 1, 2, -0.510826, 144, 240],
        ['after', '2024-03-07', 360, 1, 1, 1.5, 1, 2, 0.405465, null, null],
        ['after', '2024-03-08', 360, 1, 1, 1.5, 1, 2, 0.405465, null, null],
        ['after', '2024-03-09', 360, 1, 1, 1.5, 1, 2, 0.405465, null, null],
      ]);
      expectUniqueGrain(result, ['day']);
    });
  });

  it('stops the periods at the latest day with data (works still running, nothing after yet)', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99322');
      await impactFixture(trx, commune);

      const result = await trx
        .select('period')
        .count('* as days')
        .from(
          trx.raw('analytics.kpi_flows_impact_daily(?, ?::text[], ?::text[], ?, ?, ?) as d', [
            commune,
            ['Z1'],
            ['C1'],
            '2024-03-07',
            '2024-03-31',
            6,
          ]),
        )
        .groupBy('period')
        .orderBy('period');

      // before: 1 to 6 March; during: 7 March to the latest data, 9 March; after: none
      expect(result).toEqual([
        { period: 'before', days: 6 },
        { period: 'during', days: 3 },
      ]);
    });
  });
});
