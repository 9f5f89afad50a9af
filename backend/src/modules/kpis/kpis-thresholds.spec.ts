import type { Knex } from 'knex';
import { addBuilding, monthlyBills, refreshFluids } from '../../../test/fixtures/fluids/bills';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';
import { kpiThresholdRow } from './kpis.schemas';

const commune = '99716';
const other = '99717';

/**
 * The commune's own levels for the catalogue's judgments, over real HTTP. B1's bill, 0.10 EUR/kWh: 1 000 kWh a month
 * in 2024, 1 040 in 2025: 1 248 EUR against 1 200 EUR, +4 %: above the default watch level (+3 %), under the alert
 * level (+10 %); with the commune's own levels (watch +1 %, alert +2 %) it is an alert.
 */
describe('the KPI catalogue’s thresholds per commune (GET, PUT, DELETE /api/v1/kpis/thresholds)', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  const call = async (headers: Record<string, string>, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${api.base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const cost = async () => {
    const { body } = await call({}, 'GET', `/kpis?commune=${commune}&year=2025&family=fluids`);
    const row = body.find((r: { indicator: string }) => r.indicator === 'fluids_cost');
    return [row.change, row.status, row.watch_threshold, row.threshold, row.threshold_source];
  };

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(async (trx) => {
      await trx('communes').insert([
        { insee_code: commune, name: 'Seuilville', population: 1000 },
        { insee_code: other, name: 'Autreville', population: 1000 },
      ]);
      await addBuilding(trx, commune, { id: 'B1' });
      await monthlyBills(
        trx,
        commune,
        'B1',
        'electricity',
        '2024-01',
        '2025-12',
        (y) => (y === 2024 ? 1000 : 1040),
        0.1,
      );
      await refreshFluids(trx);
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
    for (const table of ['alert_thresholds', 'audit_log', 'meter_readings', 'meters', 'buildings', 'users']) {
      await db(table).whereIn('commune_insee', [commune, other]).delete();
    }
    await db('communes').whereIn('insee_code', [commune, other]).delete();
    await db.transaction(refreshFluids);
  }, 120_000);

  it('lets an agent set the commune’s levels, which judge the figure at once, audited, and reset them', async () => {
    const agent = await signIn(api.base, 'agent', commune);
    const elected = await signIn(api.base, 'elected', commune);

    // the defaults, read by staff only
    expect((await call({}, 'GET', `/kpis/thresholds?commune=${commune}`)).status).toBe(401);
    const listed = await call(elected, 'GET', `/kpis/thresholds?commune=${commune}`);
    expect(listed.status).toBe(200);
    for (const row of listed.body) expect(kpiThresholdRow.safeParse(row).success).withContext(row.indicator).toBeTrue();
    expect(listed.body.find((r: { indicator: string }) => r.indicator === 'fluids_cost')).toEqual(
      jasmine.objectContaining({
        judged_on: 'change',
        direction: 'above',
        watch_value: 0.03,
        alert_value: 0.1,
        source: 'default',
      }),
    );
    // 1 248 / 1 200 - 1 = +4 %: past +3 %, under +10 %
    expect(await cost()).toEqual([0.04, 'watch', 0.03, 0.1, 'default']);

    // an elected official reads but does not set; levels in the wrong order are refused
    const levels = { commune, watch_value: 0.01, alert_value: 0.02 };
    expect((await call(elected, 'PUT', '/kpis/thresholds/fluids_cost', levels)).status).toBe(403);
    const reversed = await call(agent, 'PUT', '/kpis/thresholds/fluids_cost', { ...levels, alert_value: 0.005 });
    expect([reversed.status, reversed.body.error.message]).toEqual([
      400,
      'alert_value doit être supérieur ou égal à watch_value (le danger est au-dessus)',
    ]);
    expect((await call(agent, 'PUT', '/kpis/thresholds/meteo', levels)).status).toBe(400);

    const saved = await call(agent, 'PUT', '/kpis/thresholds/fluids_cost', levels);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(jasmine.objectContaining({ watch_value: 0.01, alert_value: 0.02, source: 'commune' }));
    expect(await cost()).toEqual([0.04, 'alert', 0.01, 0.02, 'commune']);
    const [entry] = await db('audit_log').where({ commune_insee: commune, action: 'kpi.threshold' });
    expect(entry.details).toEqual({
      indicator: 'fluids_cost',
      old_watch_value: 0.03,
      old_alert_value: 0.1,
      old_source: 'default',
      new_watch_value: 0.01,
      new_alert_value: 0.02,
      new_source: 'commune',
    });

    const reset = await call(agent, 'DELETE', `/kpis/thresholds/fluids_cost?commune=${commune}`);
    expect([reset.status, reset.body.source]).toEqual([200, 'default']);
    expect(await cost()).toEqual([0.04, 'watch', 0.03, 0.1, 'default']);
  });

  it('keeps an agent of another commune out', async () => {
    const elsewhere = await signIn(api.base, 'agent', other);
    const put = await call(elsewhere, 'PUT', '/kpis/thresholds/vacancy_rate', {
      commune,
      watch_value: 0.05,
      alert_value: 0.08,
    });
    expect(put.status).toBe(403);
  });
});
