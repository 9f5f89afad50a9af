import type { Knex } from 'knex';
import { insertProgrammes } from '../../../backend/test/fixtures/alerts/alerts';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99709';

/**
 * Six programmes, default thresholds (overrun 0 %, slippage 6 months: kpi_alerts' severity 'high' past 10 % and
 * 12 months):
 *   P1 AP 1 000 000, CP executed 1 125 000: +12,5 % over (high), acknowledged by an agent;
 *   P2 AP 2 000 000, CP planned 2 100 000: +5,0 % over (medium), and 12,0 months late (high);
 *   P3 7,0 months late (212 days): medium;
 *   P4 suspended, within its AP and on time: no alert, flagged;
 *   P5 2,0 months late (61 days), under the 6 months of an alert: flagged;
 *   P6 within its AP and on time: nothing to say.
 */
async function fixture(trx: Knex.Transaction): Promise<void> {
  await insertCommune(trx, commune);
  await insertProgrammes(trx, commune, [
    { id: 'P1', ap: 1_000_000, credits: [[2024, 1_000_000, 1_125_000]], plannedEnd: '2030-12-31' },
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
    { id: 'P4', ap: 300_000, plannedEnd: '2030-12-31', status: 'suspended' },
    { id: 'P5', ap: 300_000, plannedEnd: '2030-01-31', expectedEnd: '2030-04-02' },
    { id: 'P6', ap: 300_000, credits: [[2024, 100_000, 100_000]], plannedEnd: '2030-12-31' },
  ]);
  await trx('alert_acknowledgements').insert({
    commune_insee: commune,
    alert_key: 'programme_overrun|P1',
    family: 'budget',
    kind: 'programme_overrun',
    acknowledged_by: 'agent@ville.fr',
  });
}

describe('view kpi_programme_severity', () => {
  it('gives each programme the most serious severity of its alerts in kpi_alerts, medium when flagged without one', async () => {
    await withRollback(async (trx) => {
      await fixture(trx);

      const result = await rows(trx, 'kpi_programme_severity', { commune_insee: commune }, ['programme_id']);

      expectUniqueGrain(result, ['commune_insee', 'programme_id']);
      expect(result.map((r) => [r['programme_id'], r['severity']])).toEqual([
        ['P1', 'high'], // acknowledged, still critical
        ['P2', 'high'], // medium overrun, high slippage: the worse
        ['P3', 'medium'],
        ['P4', 'medium'], // suspended
        ['P5', 'medium'], // late, under the alert threshold
        ['P6', null],
      ]);
    });
  });
});
