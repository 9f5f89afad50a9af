import type { Knex } from 'knex';
import { countDays, insertProgrammes, street } from '../../../backend/test/fixtures/alerts/alerts';
import { insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99704';

/**
 * One alert source of each family:
 *   P1 AP 1 000 000, CP executed 1 125 000: overrun 12.50 % (threshold 0); P2 AP 2 000 000, CP planned 2 100 000:
 *     5.00 %, and 365 days = 12.0 months late; P3 212 days = 7.0 months late (threshold 6);
 *   rue Haute, 10 premises occupied since 01/01/2023, V01 vacant 10/02/2024 (the commune's latest change): 10 % in
 *     February 2024 against 0 a year before, 10 points; the agent set the commune's threshold to 8 points;
 *   F1, pedestrians, 2 400 a day in March 2023, 1 200 in March 2024: -50 % (threshold 20).
 * The agent acknowledged P1's overrun, and an old key that no longer matches any alert.
 */
async function fixture(trx: Knex.Transaction): Promise<void> {
  await insertCommune(trx, commune);
  await insertProgrammes(trx, commune, [
    {
      id: 'P1',
      ap: 1_000_000,
      credits: [[2024, 1_000_000, 1_125_000]],
      plannedEnd: '2024-12-31',
    },
    {
      id: 'P2',
      ap: 2_000_000,
      credits: [
        [2024, 300_000, 300_000],
        [2025, 1_800_000, 0],
      ],
      plannedEnd: '2026-06-30',
      expectedEnd: '2027-06-30',
    },
    { id: 'P3', ap: 300_000, plannedEnd: '2025-01-31', expectedEnd: '2025-08-31' },
  ]);
  await insertPremises(
    trx,
    commune,
    street('V', 'rue Haute', 10, '2023-01-01', [
      [
        ['2023-01-01', 'occupied', 'services'],
        ['2024-02-10', 'vacant'],
      ],
    ]),
  );
  await trx('alert_thresholds').insert({
    commune_insee: commune,
    kind: 'vacancy_spike',
    threshold_value: 8,
    updated_by: 'agent@ville.fr',
  });
  await insertSites(trx, commune, [{ site_id: 'F1', street: 'rue Haute', name: 'Piétons rue Haute' }]);
  await countDays(trx, commune, 'F1', '2023-03-01', '2023-03-31', 2400);
  await countDays(trx, commune, 'F1', '2024-03-01', '2024-03-31', 1200);
  await trx('alert_acknowledgements').insert([
    {
      commune_insee: commune,
      alert_key: 'programme_overrun|P1',
      family: 'budget',
      kind: 'programme_overrun',
      comment: 'révision de l’AP au conseil de juin',
      acknowledged_by: 'agent@ville.fr',
    },
    {
      commune_insee: commune,
      alert_key: 'vacancy_spike|rue Haute|2023-02',
      family: 'commerce',
      kind: 'vacancy_spike',
      acknowledged_by: 'agent@ville.fr',
    },
  ]);
  await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
  await refreshCounts(trx);
}

describe('view kpi_alerts', () => {
  it('lists the three families with common columns, a severity and the acknowledgement', async () => {
    await withRollback(async (trx) => {
      await fixture(trx);

      const result = await rows(trx, 'kpi_alerts', { commune_insee: commune }, ['alert_key']);

      expect(
        result.map((r) => [
          r['alert_key'],
          r['family'],
          r['first_month'],
          r['last_month'],
          r['value'],
          r['unit'],
          r['threshold_value'],
          r['severity'],
          r['status'],
        ]),
      ).toEqual([
        // -50 % >= 2 x 20: high
        ['footfall_drop|F1|2024-03', 'flows', '2024-03', '2024-03', 50, '%', 20, 'high', 'open'],
        // threshold 0: high above 10 %, 12.50 is
        ['programme_overrun|P1', 'budget', null, null, 12.5, '%', 0, 'high', 'acknowledged'],
        // threshold 0: 5.00 is not above 10
        ['programme_overrun|P2', 'budget', null, null, 5, '%', 0, 'medium', 'open'],
        // 12.0 >= 2 x 6: high; 7.0 is not
        ['programme_slippage|P2', 'budget', null, null, 12, 'months', 6, 'high', 'open'],
        ['programme_slippage|P3', 'budget', null, null, 7, 'months', 6, 'medium', 'open'],
        // the agent's 8 points: 10 reaches 8 but not 16
        ['vacancy_spike|rue Haute|2024-02', 'commerce', '2024-02', '2024-02', 10, 'points', 8, 'medium', 'open'],
      ]);
      expect(result[1]).toEqual(
        jasmine.objectContaining({
          acknowledged_by: 'agent@ville.fr',
          comment: 'révision de l’AP au conseil de juin',
          estimated_cost_eur: 125_000,
          reference_value: 1_000_000,
          current_value: 1_125_000,
        }),
      );
      expect(result[1]['acknowledged_at']).toEqual(jasmine.any(Date));
      expect(result[5]).toEqual(jasmine.objectContaining({ quartier: null, reference_value: 0, current_value: 0.1 }));
      expect(result[0]).toEqual(
        jasmine.objectContaining({
          subject_id: 'F1',
          subject_label: 'Piétons rue Haute',
          street: 'rue Haute',
          quartier: null,
          reference_value: 2400,
          current_value: 1200,
          estimated_cost_eur: null,
          acknowledged_by: null,
          acknowledged_at: null,
          comment: null,
        }),
      );
      expect(Object.keys(result[0]).sort()).toEqual(
        [
          'commune_insee',
          'alert_key',
          'family',
          'kind',
          'subject_id',
          'subject_label',
          'quartier',
          'street',
          'first_month',
          'last_month',
          'value',
          'unit',
          'threshold_value',
          'reference_value',
          'current_value',
          'estimated_cost_eur',
          'severity',
          'status',
          'acknowledged_by',
          'acknowledged_at',
          'comment',
        ].sort(),
      );
      expectUniqueGrain(result, ['commune_insee', 'alert_key']);
      // the union adds nothing and loses nothing
      let families = 0;
      for (const view of ['kpi_programme_alerts', 'kpi_vacancy_alerts', 'kpi_footfall_alerts']) {
        families += (await rows(trx, view, { commune_insee: commune })).length;
      }
      expect(result.length).toBe(families);
    });
  });
});
