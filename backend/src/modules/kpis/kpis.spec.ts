import type { Knex } from 'knex';
import { addBuilding, monthlyBills, refreshFluids } from '../../../test/fixtures/fluids/bills';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, signIn, startTestApp } from '../../../test/helpers/http';
import { kpiRow } from './kpis.schemas';

const commune = '99713';
const other = '99714';

/**
 * GET /kpis over real HTTP. B1's electricity, 0.25 EUR/kWh: 2 000 kWh a month in 2024, 1 600 kWh a month from
 * January to June 2025 (the year in progress): 9 600 kWh and 2 400 EUR against 12 000 kWh and 3 000 EUR over the same
 * six months of 2024, -20 % each. The commune set its own levels for the fluids bill: watch from +1 %, alert from +5 %.
 * Every spec only reads (in any order): the fixture is written before the app answers anything.
 */
describe('GET /api/v1/kpis (the KPI catalogue contract)', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(async (trx) => {
      await trx('communes').insert([
        { insee_code: commune, name: 'Catalogueville', population: 1000 },
        { insee_code: other, name: 'Autreville', population: 1000 },
      ]);
      await addBuilding(trx, commune, { id: 'B1' });
      await monthlyBills(
        trx,
        commune,
        'B1',
        'electricity',
        '2024-01',
        '2025-06',
        (y) => (y === 2024 ? 2000 : 1600),
        0.25,
      );
      await refreshFluids(trx);
      await trx('alert_thresholds').insert({
        commune_insee: commune,
        kind: 'fluids_cost',
        threshold_value: 0.05,
        watch_value: 0.01,
        updated_by: 'agent@tests.pilotage.fr',
      });
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
    for (const table of ['alert_thresholds', 'meter_readings', 'meters', 'buildings', 'users']) {
      await db(table).whereIn('commune_insee', [commune, other]).delete();
    }
    await db('communes').whereIn('insee_code', [commune, other]).delete();
    await db.transaction(refreshFluids);
  }, 120_000);

  it('answers the figures of the year with their period, comparison and judgment, to anyone', async () => {
    const { status, body } = await getJson(`${api.base}/kpis?commune=${commune}&year=2025`);

    expect(status).toBe(200);
    for (const row of body) expect(kpiRow.safeParse(row).success).withContext(JSON.stringify(row)).toBeTrue();
    const cost = body.find((r: { indicator: string }) => r.indicator === 'fluids_cost');
    expect(cost).toEqual(
      jasmine.objectContaining({
        family: 'fluids',
        period_start: '2025-01-01',
        period_end: '2025-06-30',
        months_covered: 6,
        complete: false,
        value: 2400,
        unit: 'EUR',
        comparison_value: 3000,
        comparison_start: '2024-01-01',
        comparison_end: '2024-06-30',
        // 2 400 / 3 000 - 1: a fall, below the commune's own watch level of a rise
        change: -0.2,
        change_kind: 'relative',
        status: 'ok',
        threshold: 0.05,
        watch_threshold: 0.01,
        threshold_source: 'commune',
      }),
    );
    expect(body.map((r: { indicator: string }) => r.indicator)).toEqual([
      'fluids_cost',
      'energy',
      'energy_corrected',
      'open_alerts_high',
      'open_alerts_medium',
    ]);
  });

  it('narrows to one family', async () => {
    const { body } = await getJson(`${api.base}/kpis?commune=${commune}&year=2025&family=alerts`);
    expect(body.map((r: { indicator: string; value: number }) => [r.indicator, r.value])).toEqual([
      ['open_alerts_high', 0],
      ['open_alerts_medium', 0],
    ]);
  });

  it('refuses a bad year or family with every problem at once, and an unknown commune', async () => {
    const bad = await getJson(`${api.base}/kpis?commune=${commune}&year=deux&family=meteo`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['year', 'family']);
    const unknown = await getJson(`${api.base}/kpis?commune=99999&year=2025`);
    expect(unknown.status).toBe(404);
  });

  it('gives a user limited to another commune the public rows only, as to anyone: public figures stay public', async () => {
    const limited = await signIn(api.base, 'agent', other);
    const theirs = await getJson(`${api.base}/kpis?commune=${commune}&year=2025`, limited);
    const anyone = await getJson(`${api.base}/kpis?commune=${commune}&year=2025`);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual(anyone.body);
    expect(theirs.body.every((r: { is_public: boolean }) => r.is_public)).toBeTrue();
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);
    expect(body.paths['/kpis'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'commune',
      'year',
      'family',
    ]);
  });
});
