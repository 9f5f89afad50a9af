import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, startTestApp } from '../../../test/helpers/http';
import { degreeDayRow } from './degree-days.schemas';

const commune = '99032';

/** Degree-days are public weather data: the contract is read without an account, over real HTTP. */
describe('GET /api/v1/degree-days (the degree-days contract)', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Météoville', population: 1000 });
    // four months of Lille-Lesquin, one of them (2024-12) from another station, and a gap in 2025-02
    await db('degree_days').insert([
      { commune_insee: commune, month: '2024-12-01', dju: 361.3, station: 'LILLE-LESQUIN (ancienne série)' },
      { commune_insee: commune, month: '2025-01-01', dju: 402.5, station: 'LILLE-LESQUIN' },
      { commune_insee: commune, month: '2025-03-01', dju: 300.4, station: 'LILLE-LESQUIN' },
      { commune_insee: commune, month: '2025-04-01', dju: 0, station: null },
    ]);
  });

  afterAll(async () => {
    await api.close();
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  it('answers rows { month, dju, station } between from and to inclusive, oldest first, a missing month absent', async () => {
    const { status, body } = await getJson(`${api.base}/degree-days?commune=${commune}&from=2025-01&to=2025-04`);

    expect(status).toBe(200);
    expect(body).toEqual([
      { month: '2025-01', dju: 402.5, station: 'LILLE-LESQUIN' },
      { month: '2025-03', dju: 300.4, station: 'LILLE-LESQUIN' },
      { month: '2025-04', dju: 0, station: null },
    ]);
    for (const row of body) expect(degreeDayRow.safeParse(row).success).withContext(JSON.stringify(row)).toBeTrue();
  });

  it('answers every month without from and to', async () => {
    const { body } = await getJson(`${api.base}/degree-days?commune=${commune}`);

    expect(body.map((r: { month: string }) => r.month)).toEqual(['2024-12', '2025-01', '2025-03', '2025-04']);
  });

  it('exports the rows as a French CSV', async () => {
    const response = await fetch(`${api.base}/degree-days?commune=${commune}&to=2025-01&format=csv`);
    const text = (await response.text()).replace(/^\uFEFF/, '');

    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      'Mois;DJU chauffage base 18 °C;Station météo',
      '2024-12;361,3;LILLE-LESQUIN (ancienne série)',
      '2025-01;402,5;LILLE-LESQUIN',
    ]);
  });

  it('says in French what is wrong with the parameters, all at once, and 404s an unknown commune', async () => {
    const bad = await getJson(`${api.base}/degree-days?commune=Lille&from=2025-13`);
    const reversed = await getJson(`${api.base}/degree-days?commune=${commune}&from=2025-04&to=2025-01`);
    const unknown = await getJson(`${api.base}/degree-days?commune=99999`);

    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['commune', 'from']);
    expect(bad.body.error.message).toContain('code INSEE');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].field).toBe('to');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Aucune commune avec le code INSEE 99999');
  });

  it('is documented in the OpenAPI document with its three fields', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);
    const item = body.paths['/degree-days'].get;

    expect(item.parameters.map((p: { name: string }) => p.name)).toEqual(['commune', 'from', 'to', 'format']);
    expect(item.responses['200'].content['application/json'].schema.items.required).toEqual([
      'month',
      'dju',
      'station',
    ]);
  });
});
