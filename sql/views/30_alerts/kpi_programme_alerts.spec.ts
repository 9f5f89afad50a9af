import type { Knex } from 'knex';
import { insertProgrammes } from '../../../backend/test/fixtures/alerts/alerts';
import { insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99701';

/**
 * Six programmes of a commune (AP, CP planned / executed per year, planned and expected end):
 *   A1 in quartier Centre, AP 1 000 000; CP executed 500 000 (2023) + 625 000 (2024) = 1 125 000 (planned 1 000 000);
 *   A2 rue Nationale, AP 2 000 000; CP planned 300 000 + 1 000 000 + 800 000 = 2 100 000 (executed 300 000 so far);
 *      due 30/06/2026, now expected 30/06/2027: 365 days = 12.0 months late;
 *   A3 AP 500 000, CP executed 500 000.01 (a cent of rounding); 151 days = 5.0 months late;
 *   A4 done, 365 days late, within its AP;
 *   A5 AP 0 (no ratio) with 10 000 executed;
 *   A6 due 31/01/2025, expected 31/08/2025: 212 days = 7.0 months late.
 */
async function fixture(trx: Knex.Transaction): Promise<number> {
  await insertCommune(trx, commune);
  const centre = await insertQuartier(trx, commune, 'Centre');
  await insertProgrammes(trx, commune, [
    {
      id: 'A1',
      name: 'Groupe scolaire',
      ap: 1_000_000,
      credits: [
        [2023, 500_000, 500_000],
        [2024, 500_000, 625_000],
      ],
      plannedEnd: '2024-12-31',
      quartier_id: centre,
    },
    {
      id: 'A2',
      name: 'Requalification rue Nationale',
      ap: 2_000_000,
      credits: [
        [2024, 300_000, 300_000],
        [2025, 1_000_000, 0],
        [2026, 800_000, 0],
      ],
      plannedEnd: '2026-06-30',
      expectedEnd: '2027-06-30',
      street: 'rue Nationale',
    },
    {
      id: 'A3',
      ap: 500_000,
      credits: [[2024, 500_000, 500_000.01]],
      plannedEnd: '2025-12-31',
      expectedEnd: '2026-05-31',
    },
    {
      id: 'A4',
      ap: 500_000,
      credits: [[2024, 400_000, 400_000]],
      plannedEnd: '2024-06-30',
      expectedEnd: '2025-06-30',
      status: 'done',
    },
    { id: 'A5', ap: 0, credits: [[2024, 10_000, 10_000]], plannedEnd: '2025-12-31' },
    { id: 'A6', ap: 300_000, plannedEnd: '2025-01-31', expectedEnd: '2025-08-31' },
  ]);
  return centre;
}

const shape = (r: Record<string, unknown>) => [
  r['alert_key'],
  r['subject_id'],
  r['value'],
  r['unit'],
  r['threshold_value'],
  r['reference_value'],
  r['current_value'],
  r['estimated_cost_eur'],
];

describe('view kpi_programme_alerts', () => {
  it('raises overruns of the AP (executed or planned) and slippages of unfinished programmes', async () => {
    await withRollback(async (trx) => {
      await fixture(trx);

      const result = await rows(trx, 'kpi_programme_alerts', { commune_insee: commune }, ['alert_key']);

      expect(result.map(shape)).toEqual([
        // (1 125 000 - 1 000 000) / 1 000 000 = 12.50 %, 125 000 EUR above the AP; threshold 0 by default
        ['programme_overrun|A1', 'A1', 12.5, '%', 0, 1_000_000, 1_125_000, 125_000],
        // planned in all: (2 100 000 - 2 000 000) / 2 000 000 = 5.00 %, before a euro of it is spent
        ['programme_overrun|A2', 'A2', 5, '%', 0, 2_000_000, 2_100_000, 100_000],
        // 365 / 30.4375 = 12.0 months >= 6
        ['programme_slippage|A2', 'A2', 12, 'months', 6, null, null, null],
        // 212 / 30.4375 = 7.0 months >= 6
        ['programme_slippage|A6', 'A6', 7, 'months', 6, null, null, null],
        // not here: A3 (0.000002 % rounds to 0.00; 5.0 months < 6), A4 (done), A5 (AP 0)
      ]);
      expect(result[0]).toEqual(
        jasmine.objectContaining({
          family: 'budget',
          kind: 'programme_overrun',
          subject_label: 'Groupe scolaire',
          quartier: 'Centre',
          street: null,
          first_month: null,
          last_month: null,
          programme_status: 'in_progress',
        }),
      );
      expect(result[2]).toEqual(jasmine.objectContaining({ street: 'rue Nationale', quartier: null }));
      expectUniqueGrain(result, ['commune_insee', 'alert_key']);
      for (const r of result) {
        expect(r['value'] as number).toBeGreaterThanOrEqual(r['threshold_value'] as number);
      }
    });
  });

  it("applies the commune's own thresholds: a value that reaches the threshold is an alert", async () => {
    await withRollback(async (trx) => {
      await fixture(trx);
      await trx('alert_thresholds').insert([
        {
          commune_insee: commune,
          kind: 'programme_overrun',
          threshold_value: 12.5,
          updated_by: 'agent',
        },
        {
          commune_insee: commune,
          kind: 'programme_slippage',
          threshold_value: 12,
          updated_by: 'agent',
        },
      ]);

      const result = await rows(trx, 'kpi_programme_alerts', { commune_insee: commune }, ['alert_key']);

      expect(result.map((r) => [r['alert_key'], r['value'], r['threshold_value']])).toEqual([
        // 12.50 % reaches 12.5; A2's 5.00 % does not
        ['programme_overrun|A1', 12.5, 12.5],
        // 12.0 months reaches 12; A6's 7.0 does not
        ['programme_slippage|A2', 12, 12],
      ]);
    });
  });
});
