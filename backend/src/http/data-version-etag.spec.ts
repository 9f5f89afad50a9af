import type { Knex } from 'knex';
import http from 'node:http';
import zlib from 'node:zlib';
import { deleteTownCentreCommune } from '../../test/fixtures/commerce/premises';
import { testDatabase } from '../../test/helpers/database';
import { signIn, startTestApp } from '../../test/helpers/http';
import { bumpDataVersion } from '../db/data-version';
import { findKind } from '../imports/kinds';
import { rollbackImport } from '../imports/rollback';
import { runImport } from '../imports/run-import';

const commune = '99750';
const other = '99751';

const premisesFile = [
  'premises_id;address;street;quartier;lat;lon;surface_m2;date;status;activity',
  'EV-1;1 rue de la Version;rue de la Version;;50,63;3,06;80;01/01/2024;occupé;Restauration',
  'EV-1;1 rue de la Version;rue de la Version;;50,63;3,06;80;01/03/2024;vacant;',
].join('\n');

/**
 * Every GET carries an ETag derived from the data version: a browser that revalidates gets a 304 until an import, a
 * rollback or a threshold change lands, and never another caller's answer (over real HTTP).
 */
describe('validators derived from the data version', () => {
  let db: Knex;
  let base: string;
  let close: () => Promise<void>;
  let admin: Record<string, string>;
  let agent: Record<string, string>;
  let otherAgent: Record<string, string>;
  const overview = () => `${base}/overview?commune=${commune}`;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    await db('communes').insert([
      { insee_code: commune, name: 'Versionville' },
      { insee_code: other, name: 'Autreversion' },
    ]);
    ({ base, close } = await startTestApp());
    admin = await signIn(base, 'admin');
    agent = await signIn(base, 'agent', commune);
    otherAgent = await signIn(base, 'agent', other);
  });
  afterAll(async () => {
    await close();
    await db('users').whereIn('commune_insee', [commune, other]).delete();
    await db('alert_thresholds').whereIn('commune_insee', [commune, other]).delete();
    await deleteTownCentreCommune(db, commune);
    await db('audit_log').whereIn('commune_insee', [commune, other]).delete();
    await db('communes').whereIn('insee_code', [commune, other]).delete();
  });

  async function get(url: string, headers: Record<string, string> = {}) {
    const response = await fetch(url, { headers });
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      cache: response.headers.get('cache-control'),
      body: await response.text(),
    };
  }

  /** A GET whose body is read as sent (fetch would decompress it without saying). */
  function rawGet(url: string, headers: Record<string, string>) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    });
  }

  it('answers 304 to a reader who already holds the current answer, public answers cacheable by a proxy', async () => {
    const first = await get(overview());
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"\d+-[\w-]{22}"$/);
    expect(first.cache).toBe('public, no-cache');

    const again = await get(overview(), { 'if-none-match': first.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.etag).toBe(first.etag);
  });

  it('gives a fresh ETag once an import lands, and again once it is rolled back', async () => {
    const monthly = `${base}/commerce/vacancy/monthly?commune=${commune}&by=commune`;
    const before = await get(monthly);
    const landed = await runImport(db, findKind('premises')!, Buffer.from(premisesFile), {
      commune,
      fileName: 'version.csv',
      importedBy: 'agent@tests.pilotage.fr',
    });
    expect(landed.status).toBe('landed');

    const afterImport = await get(monthly, { 'if-none-match': before.etag! });
    expect(afterImport.status).toBe(200);
    expect(afterImport.etag).not.toBe(before.etag);
    // January to March 2024 (the materialized series, refreshed after the import)
    expect(JSON.parse(afterImport.body).length).toBe(3);

    await rollbackImport(db, landed.import_id!, 'agent@tests.pilotage.fr');
    const afterRollback = await get(monthly, { 'if-none-match': afterImport.etag! });
    expect(afterRollback.status).toBe(200);
    expect(afterRollback.etag).not.toBe(afterImport.etag);
    expect(afterRollback.body).toBe('[]');
  });

  it('gives a fresh ETag once a threshold changes through the API', async () => {
    const before = await get(`${base}/alerts/thresholds?commune=${commune}`, agent);
    expect(before.status).toBe(200);
    const saved = await fetch(`${base}/alerts/thresholds/footfall_drop`, {
      method: 'PUT',
      headers: { ...agent, 'content-type': 'application/json' },
      body: JSON.stringify({ commune, threshold_value: 10 }),
    });
    expect(saved.status).toBe(200);

    const after = await get(`${base}/alerts/thresholds?commune=${commune}`, {
      ...agent,
      'if-none-match': before.etag!,
    });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.body).find((t: { kind: string }) => t.kind === 'footfall_drop').threshold_value).toBe(10);
  });

  it('answers a page asked again at the same data version from memory, until the version moves', async () => {
    const communes = `${base}/communes/${commune}`;
    const first = await get(communes);
    // a change behind the API's back (psql): the data version does not move, the stored answer is sent again
    await db('communes').where({ insee_code: commune }).update({ population: 4321 });
    const again = await get(communes);
    expect(again.body).toBe(first.body);
    await bumpDataVersion(db);
    const after = await get(communes);
    expect(after.etag).not.toBe(first.etag);
    expect(JSON.parse(after.body).population).toBe(4321);
  });

  it('computes a page once when twenty readers ask for it at the same moment', async () => {
    await bumpDataVersion(db);
    const queries: string[] = [];
    const listen = (query: { sql: string }) => queries.push(query.sql);
    db.on('query', listen);
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => get(overview())));
      expect(new Set(answers.map((a) => `${a.status} ${a.etag} ${a.body}`)).size).toBe(1);
    } finally {
      db.removeListener('query', listen);
    }
    expect(queries.filter((sql) => sql.includes('mart_commune_year_overview')).length).toBe(1);
  });

  it('sends a large stored answer gzipped to a browser that accepts it, and plain to a client that does not', async () => {
    // the thresholds of a commune: well over a kilobyte, so worth compressing
    const thresholds = `${base}/kpis/thresholds?commune=${commune}`;
    const plain = await get(thresholds, agent);
    expect(plain.body.length).toBeGreaterThan(1024);

    for (let asked = 0; asked < 2; asked++) {
      const zipped = await rawGet(thresholds, { ...agent, 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.status).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('Accept-Encoding');
      expect(zipped.headers.etag).toBe(plain.etag!);
      expect(zlib.gunzipSync(zipped.body).toString()).toBe(plain.body);
    }
    const identity = await rawGet(thresholds, { ...agent, 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(plain.body);
  });

  it('never answers 304 with the ETag of another role or another commune', async () => {
    const asAdmin = await get(overview(), admin);
    const asAgent = await get(overview(), agent);
    const anonymous = await get(overview());
    expect(asAdmin.cache).toBe('private, no-cache');
    expect(new Set([asAdmin.etag, asAgent.etag, anonymous.etag]).size).toBe(3);

    // the agent of the commune presents the administrator's and the public's validators: a full answer each time
    expect((await get(overview(), { ...agent, 'if-none-match': asAdmin.etag! })).status).toBe(200);
    expect((await get(overview(), { ...agent, 'if-none-match': anonymous.etag! })).status).toBe(200);
    // the agent of another commune presents the first agent's validator for an internal page: a 403, never a 304
    const thresholds = `${base}/alerts/thresholds?commune=${commune}`;
    const agentThresholds = await get(thresholds, agent);
    expect((await get(thresholds, { ...otherAgent, 'if-none-match': agentThresholds.etag! })).status).toBe(403);
    // and the public presents a signed-in validator: a full answer
    expect((await get(overview(), { 'if-none-match': asAgent.etag! })).status).toBe(200);
  });
});
