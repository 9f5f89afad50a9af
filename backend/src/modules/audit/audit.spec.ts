import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';

const commune = '99801';
const elsewhere = '99802';

/**
 * The audit log read over real HTTP: an agent imports a file and changes a threshold, and the admin reads who did
 * it, when and what; nobody else reads it, and an admin limited to a commune reads only that commune's entries.
 */
describe('the audit log', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let admin: Record<string, string>;
  let agent: Record<string, string>;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert([
      { insee_code: commune, name: 'Journalville' },
      { insee_code: elsewhere, name: 'Ailleurs' },
    ]);
    admin = await signIn(api.base, 'admin');
    agent = await signIn(api.base, 'agent');
  });
  // every spec writes the entries it reads: the log starts empty for each, whatever ran before
  beforeEach(async () => {
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('alert_thresholds').where({ commune_insee: commune }).delete();
    await db('audit_log')
      .whereIn('commune_insee', [commune, elsewhere])
      .orWhere('actor', 'like', '%@audit.tests')
      .delete();
  });
  afterAll(async () => {
    await api.close();
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('alert_thresholds').where({ commune_insee: commune }).delete();
    await db('imports').where({ commune_insee: commune }).delete();
    await db('audit_log')
      .whereIn('commune_insee', [commune, elsewhere])
      .orWhere('actor', 'like', '%@audit.tests')
      .delete();
    await db('users').whereIn('commune_insee', [commune, elsewhere]).delete();
    await db('communes').whereIn('insee_code', [commune, elsewhere]).delete();
  });

  const read = async (path: string, headers = admin) => {
    const response = await fetch(`${api.base}/audit${path}`, { headers });
    return { status: response.status, body: (await response.json()) as any };
  };
  /** An entry written at a given instant, as the other modules write them. */
  const entry = (
    at: string,
    action: string,
    actor: string,
    insee: string | null = commune,
    target = 'x',
    details = {},
  ) =>
    db('audit_log').insert({
      at,
      action,
      actor,
      commune_insee: insee,
      target,
      details: JSON.stringify(details),
    });
  /** A threshold change and an import, as the agent of the first story makes them. */
  const agentEntries = async () => {
    await entry('2025-05-01T09:00:00Z', 'import', 'agent@tests.pilotage.fr', commune, 'degree-days:dju.csv');
    await entry('2025-05-01T10:00:00Z', 'alert.threshold', 'agent@tests.pilotage.fr', commune, 'vacancy_spike', {
      kind: 'vacancy_spike',
      old_value: 5,
      new_value: 8,
    });
  };

  it('shows the admin who imported a file and who changed a threshold, when, and what changed, newest first', async () => {
    const before = Date.now();
    const imported = await fetch(`${api.base}/imports/degree-days?commune=${commune}`, {
      method: 'POST',
      headers: { ...agent, 'content-type': 'text/csv', 'x-file-name': 'dju.csv' },
      body: 'mois;dju\n2025-01;400\n2025-02;360\n',
    });
    const changed = await fetch(`${api.base}/alerts/thresholds/vacancy_spike`, {
      method: 'PUT',
      headers: { ...agent, 'content-type': 'application/json' },
      body: JSON.stringify({ commune, threshold_value: 8 }),
    });
    expect([imported.status, changed.status]).toEqual([200, 200]);

    const { status, body } = await read(`?commune=${commune}`);

    expect(status).toBe(200);
    expect(body.map((e: any) => [e.action, e.actor, e.commune_insee, e.target])).toEqual([
      ['alert.threshold', 'agent@tests.pilotage.fr', commune, 'vacancy_spike'],
      ['import', 'agent@tests.pilotage.fr', commune, 'degree-days:dju.csv'],
    ]);
    expect(body[0].details).toEqual(jasmine.objectContaining({ kind: 'vacancy_spike', new_value: 8 }));
    expect(body[1].details).toEqual(jasmine.objectContaining({ rows_written: 2, rows_unchanged: 0 }));
    expect(Object.keys(body[0]).sort()).toEqual(['action', 'actor', 'at', 'commune_insee', 'details', 'id', 'target']);
    expect(body[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(body[1].at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('asks an anonymous visitor to sign in and refuses the log to every other role', async () => {
    expect((await read(`?commune=${commune}`, {})).status).toBe(401);
    for (const role of ['public', 'elected', 'agent'] as const) {
      const refused = await read(`?commune=${commune}`, await signIn(api.base, role));
      expect(refused.status).withContext(role).toBe(403);
      expect(refused.body)
        .withContext(role)
        .toEqual({ error: { code: 'forbidden', message: 'Accès refusé' } });
    }
  });

  it('shows an admin limited to a commune that commune alone, and refuses another one asked for by name', async () => {
    await agentEntries();
    await entry('2025-06-01T10:00:00Z', 'comment.delete', 'elected@audit.tests', elsewhere);
    await entry('2025-06-01T10:00:00Z', 'login.failed', 'someone@audit.tests', null);
    const limited = await signIn(api.base, 'admin', commune);

    const own = await read('', limited);
    const crafted = await read(`?commune=${elsewhere}`, limited);
    const everything = await read('?action=login&actor=someone@audit.tests');

    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((e: any) => e.commune_insee === commune))
      .withContext('no other commune, no entry without one')
      .toBeTrue();
    expect(crafted.status).toBe(403);
    expect(crafted.body).toEqual({ error: { code: 'forbidden', message: 'Accès refusé' } });
    expect(everything.body.map((e: any) => [e.action, e.commune_insee]))
      .withContext('an unrestricted admin')
      .toEqual([['login.failed', null]]);
  });

  it('filters by action prefix, actor, Paris calendar days and count', async () => {
    await agentEntries();
    // 31 March 2024 is the night clocks go forward: 21:30 UTC is 23:30 in Paris, 22:30 UTC is already 1 April
    await entry('2024-03-31T21:30:00Z', 'fluids.rule.create', 'Agent@Audit.Tests');
    await entry('2024-03-31T22:30:00Z', 'fluids.rule.delete', 'agent@audit.tests');
    await entry('2024-04-02T08:00:00Z', 'alert.acknowledge', 'agent@audit.tests');

    const actions = async (path: string) => (await read(`?commune=${commune}${path}`)).body.map((e: any) => e.action);

    expect(await actions('&action=alert')).toEqual(['alert.threshold', 'alert.acknowledge']);
    expect(await actions('&action=import')).toEqual(['import']);
    expect(await actions('&action=fluids.rule')).toEqual(['fluids.rule.delete', 'fluids.rule.create']);
    expect(await actions('&action=fluids.ru'))
      .withContext('a prefix ends at a dot')
      .toEqual([]);
    expect(await actions('&from=2024-04-01&to=2024-04-01')).toEqual(['fluids.rule.delete']);
    expect(await actions('&from=2024-03-31&to=2024-03-31')).toEqual(['fluids.rule.create']);
    expect(await actions('&actor=AGENT@audit.tests&to=2024-12-31')).toEqual([
      'alert.acknowledge',
      'fluids.rule.delete',
      'fluids.rule.create',
    ]);
    expect(await actions('&limit=1')).toEqual(['alert.threshold']);
  });

  it('gives the same entries as a CSV file for Excel: a BOM, semicolons and a header', async () => {
    await agentEntries();
    const response = await fetch(`${api.base}/audit?commune=${commune}&action=alert.threshold&format=csv`, {
      headers: admin,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const lines = new TextDecoder().decode(bytes).split('\r\n');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`journal-des-actions-${commune}.csv`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('N°;Date (heure de Paris);Auteur;Action;Code INSEE;Objet;Détails');
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\d+;\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2};agent@tests\\.pilotage\\.fr;alert\\.threshold;${commune};vacancy_spike;"\\{.*""new_value"":8.*\\}"$`,
      ),
    );
    expect(lines.length).toBe(3);
  });

  it('refuses bad parameters all at once, in French, naming them and nothing of the database', async () => {
    const { status, body } = await read(
      `?commune=${commune}&from=2025-02-30&limit=0&action=${encodeURIComponent("x' or 1=1 --")}`,
    );
    const backwards = await read(`?commune=${commune}&from=2025-03-01&to=2025-02-01`);

    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details.map((d: any) => d.field).sort()).toEqual(['action', 'from', 'limit']);
    expect(body.error.message).toContain('from doit être une date AAAA-MM-JJ');
    expect(JSON.stringify(body)).not.toMatch(/select|pg_|stack|knex|relation|syntax|audit_log/i);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ in: 'query', field: 'to', message: 'ne doit pas précéder from' }]);
  });
});
