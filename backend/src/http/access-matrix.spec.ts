import type { Knex } from 'knex';
import { testDatabase } from '../../test/helpers/database';
import { signIn, startTestApp } from '../../test/helpers/http';
import { refreshMarts } from '../db/refresh-marts';

const mine = '99007';
const theirs = '99008';

/**
 * Who may read and change what, tried over real HTTP with each role, including crafted parameters that point at
 * another commune's data. Law-public figures stay readable without an account.
 */
describe('access to the API by role and commune', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    for (const [insee, building] of [
      [mine, 'B-MINE'],
      [theirs, 'B-THEIRS'],
    ]) {
      await db('communes').insert({ insee_code: insee, name: `Commune ${insee}`, population: 1000 });
      await db('buildings').insert({
        commune_insee: insee,
        building_id: building,
        name: 'École',
        type: 'school',
        heated_area_m2: 1000,
      });
      await db('meters').insert({ commune_insee: insee, building_id: building, fluid: 'water', unit: 'm3' });
      await db('meter_readings').insert({
        commune_insee: insee,
        building_id: building,
        fluid: 'water',
        period_start: '2025-01-01',
        period_end: '2025-01-31',
        quantity: 10,
        unit: 'm3',
        amount_eur: 40,
      });
    }
    await refreshMarts(db);
    await db('premises').insert({ commune_insee: mine, premises_id: 'P-MINE', street: 'rue Neuve' });
    await db('premises_status').insert({
      commune_insee: mine,
      premises_id: 'P-MINE',
      valid_from: '2024-01-01',
      status: 'vacant',
    });
    as['anonymous'] = {};
    as['public'] = await signIn(api.base, 'public');
    as['elected'] = await signIn(api.base, 'elected');
    as['agent'] = await signIn(api.base, 'agent');
    as['limitedAgent'] = await signIn(api.base, 'agent', mine);
  });
  afterAll(async () => {
    await api.close();
    for (const insee of [mine, theirs]) {
      await db('premises').where({ commune_insee: insee }).delete();
      await db('buildings').where({ commune_insee: insee }).delete();
      await db('users').where({ commune_insee: insee }).delete();
      await db('communes').where({ insee_code: insee }).delete();
    }
  });

  const get = async (who: string, path: string) => {
    const response = await fetch(`${api.base}${path}`, { headers: as[who] });
    return { status: response.status, body: (await response.json()) as any };
  };

  const internalReads = [
    `/fluids/alerts?commune=${mine}`,
    `/fluids/monthly?building=B-MINE&fluid=water`,
    `/fluids/buildings?commune=${mine}`,
    `/imports?commune=${mine}`,
    `/comments?commune=${mine}`,
    `/alerts?commune=${mine}`,
    `/alerts/thresholds?commune=${mine}`,
    `/commerce/streets/timeline?commune=${mine}&street=rue%20Neuve`,
  ];

  it('asks the public to sign in for internal data, and refuses it to a signed-in public account', async () => {
    for (const path of internalReads) {
      expect((await get('anonymous', path)).status)
        .withContext(`anonymous ${path}`)
        .toBe(401);
      expect((await get('public', path)).status)
        .withContext(`public ${path}`)
        .toBe(403);
    }
  });

  it('lets elected officials and agents read internal data', async () => {
    for (const path of internalReads) {
      expect((await get('elected', path)).status)
        .withContext(`elected ${path}`)
        .toBe(200);
      expect((await get('agent', path)).status)
        .withContext(`agent ${path}`)
        .toBe(200);
    }
  });

  it('keeps law-public figures readable without an account', async () => {
    for (const path of [
      `/overview?commune=${mine}`,
      `/communes`,
      `/quartiers/summary?commune=${mine}&year=2025`,
      `/fluids/commune-years?commune=${mine}`,
    ]) {
      expect((await get('anonymous', path)).status)
        .withContext(path)
        .toBe(200);
    }
  });

  it('gives the public the fluids of the commune (by month, year, type of building, décret trajectory), and no building', async () => {
    const publicFluids = [
      `/fluids/commune-years?commune=${mine}`,
      `/fluids/commune-months?commune=${mine}`,
      `/fluids/building-types?commune=${mine}`,
      `/fluids/building-types?commune=${mine}&year=2025`,
      `/fluids/commune-trajectory?commune=${mine}`,
    ];
    for (const who of ['anonymous', 'public', 'elected', 'agent', 'limitedAgent']) {
      for (const path of publicFluids)
        expect((await get(who, path)).status)
          .withContext(`${who} ${path}`)
          .toBe(200);
    }
    const types = await get('anonymous', `/fluids/building-types?commune=${mine}&year=2025`);
    expect(types.body.map((r: any) => [r.type, r.fluid_group, r.amount_eur])).toEqual([
      ['school', 'all', 40],
      ['school', 'water', 40],
    ]);
    expect(JSON.stringify(types.body)).not.toContain('B-MINE');
    // the buildings behind those figures stay internal
    for (const path of [
      `/fluids/buildings/B-MINE?commune=${mine}`,
      `/fluids/trajectory?commune=${mine}`,
      `/fluids/quality?commune=${mine}`,
    ]) {
      expect((await get('anonymous', path)).status)
        .withContext(`anonymous ${path}`)
        .toBe(401);
      expect((await get('public', path)).status)
        .withContext(`public ${path}`)
        .toBe(403);
    }
  });

  it('refuses elected officials the writes reserved to agents (imports, thresholds)', async () => {
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${api.base}${path}`, {
        method: 'POST',
        headers: { ...as['elected'], 'content-type': type },
        body,
      });

    expect((await post(`/imports/degree-days?commune=${mine}`, 'mois;dju\n2025-01;400\n', 'text/csv')).status).toBe(
      403,
    );
    expect(
      (
        await post(
          '/fluids/alert-rules',
          JSON.stringify({
            commune: mine,
            scope: 'building',
            building_id: 'B-MINE',
            fluid: 'water',
            threshold_pct: 20,
          }),
        )
      ).status,
    ).toBe(403);
    const put = await fetch(`${api.base}/alerts/thresholds/footfall_drop`, {
      method: 'PUT',
      headers: { ...as['elected'], 'content-type': 'application/json' },
      body: JSON.stringify({ commune: mine, threshold_value: 30 }),
    });
    expect(put.status).withContext('alert thresholds are set by agents').toBe(403);
  });

  it('keeps the audit log to administrators', async () => {
    for (const who of ['anonymous', 'public', 'elected', 'agent']) {
      expect((await get(who, `/audit?commune=${mine}`)).status)
        .withContext(who)
        .toBe(who === 'anonymous' ? 401 : 403);
    }
  });

  it('keeps an agent limited to one commune out of the others, even through a crafted building id', async () => {
    expect((await get('limitedAgent', `/fluids/alerts?commune=${mine}`)).status).toBe(200);
    expect((await get('limitedAgent', `/fluids/alerts?commune=${theirs}`)).status).toBe(403);
    expect((await get('limitedAgent', `/imports?commune=${theirs}`)).status).toBe(403);
    expect((await get('limitedAgent', `/alerts?commune=${theirs}`)).status).toBe(403);
    expect((await get('limitedAgent', `/alerts/thresholds?commune=${theirs}`)).status).toBe(403);
    expect((await get('limitedAgent', `/overview?commune=${theirs}`)).status)
      .withContext('public figures stay public')
      .toBe(200);
    // another commune's building, asked for by its id: the same 404 as a building that does not exist anywhere
    const crafted = await get('limitedAgent', '/fluids/monthly?building=B-THEIRS&fluid=water');
    const unknown = await get('limitedAgent', '/fluids/monthly?building=B-NOWHERE&fluid=water');
    expect(crafted.status).toBe(404);
    expect(crafted.body).toEqual({
      error: { code: 'not_found', message: `Aucun bâtiment B-THEIRS dans la commune ${mine}` },
    });
    expect(unknown.body).toEqual({
      error: { code: 'not_found', message: `Aucun bâtiment B-NOWHERE dans la commune ${mine}` },
    });
    expect((await get('limitedAgent', `/fluids/monthly?building=B-THEIRS&fluid=water&commune=${theirs}`)).status)
      .withContext('naming the other commune outright: refused, it is no secret that it exists')
      .toBe(403);
  });

  it('answers hostile parameters with a plain 4xx that reveals nothing of the database', async () => {
    for (const path of [
      `/fluids/monthly?building=${encodeURIComponent("x' or 1=1 --")}&fluid=water`,
      `/overview?commune=${encodeURIComponent("59350'; drop table communes; --")}`,
      '/budget/ratios?commune=59350&year=abc',
    ]) {
      const { status, body } = await get('agent', path);
      expect(status).withContext(path).toBeGreaterThanOrEqual(400);
      expect(status).withContext(path).toBeLessThan(500);
      expect(JSON.stringify(body)).not.toMatch(/select|from |pg_|stack|knex|relation|syntax/i);
    }
    expect(await db('communes').count('* as n').first()).toBeDefined();
  });
});
