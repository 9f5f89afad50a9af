import { impactFixture } from '../../../backend/test/fixtures/commerce/counts';
import { insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_flows_impact_summary', () => {
  it("gives before / during / after with the zone's change, the controls' change, the difference-in-differences and its interval", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99323');
      await impactFixture(trx, commune);

      const result = await trx
        .select('*')
        .from(
          trx.raw('analytics.kpi_flows_impact_summary(?, ?::text[], null, ?, ?, ?) as s', [
            commune,
            ['Z1'],
            '2024-03-04',
            '2024-03-06',
            3,
          ]),
        );

      expect(
        result.map((r) => [
          r.period,
          r.first_day,
          r.last_day,
          r.days,
          r.days_compared,
          r.zone_mean_daily,
          r.control_sites,
          r.zone_change,
          r.control_change,
          r.effect,
          r.effect_low,
          r.effect_high,
          r.change_vs_last_year,
          r.days_vs_last_year,
        ]),
      ).toEqual([
        ['before', '2024-03-01', '2024-03-03', 3, 3, 240, 2, null, null, null, null, null, null, 0],
        // zone index 0.5 on average, controls flat: -50 %. The effect averages the daily log ratios (-0.693147,
        // -0.916291, -0.510826): mean -0.706755, exp - 1 = -0.5068; their sample variance 0.041239 over 3 days
        // (before: no variance) gives a standard error of 0.117245, so exp(-0.706755 -/+ 1.96 x 0.117245) - 1 =
        // -0.6080 to -0.3793. Against the same weekdays of 2023: 360 / 720 - 1 = -50 %.
        ['during', '2024-03-04', '2024-03-06', 3, 3, 120, 2, -0.5, 0, -0.5068, -0.608, -0.3793, -0.5, 3],
        // 360 / 240 = 1.5 every day: +50 %, no spread
        ['after', '2024-03-07', '2024-03-09', 3, 3, 360, 2, 0.5, 0, 0.5, 0.5, 0.5, null, 0],
      ]);
    });
  });
});
