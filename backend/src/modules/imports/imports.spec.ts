import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';

const commune = '99004';

describe('imports over the API (upload, dry run, history, rollback)', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let agent: Record<string, string>;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Uploadville' });
    agent = await signIn(api.base, 'agent');
  });
  afterAll(async () => {
    await api.close();
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('imports').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  const upload = (file: string, extra = '', headers = agent) =>
    fetch(`${api.base}/imports/degree-days?commune=${commune}${extra}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv', 'x-file-name': 'dju.csv' },
      body: file,
    });
  const stored = () => db('degree_days').where({ commune_insee: commune }).orderBy('month').select('month', 'dju');

  it('checks a file line by line in a dry run and writes nothing', async () => {
    const before = await stored();
    const response = await upload('mois;dju\n2025-01;400\n2025-02;trois cents\n', '&dry_run=true');
    const report = (await response.json()) as any;

    expect(response.status).toBe(422);
    expect(report.issues).toEqual([
      {
        line: 3,
        column: 'dju',
        value: 'trois cents',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
    ]);
    expect(await stored()).toEqual(before);
  });

  it('lands a good file, lists it in the history with who imported it, and rolls it back to what was there before', async () => {
    await db('degree_days').where({ commune_insee: commune }).delete(); // the story starts with no month stored
    const first = (await (await upload('mois;dju\n2025-01;400\n')).json()) as any;
    const second = (await (await upload('mois;dju\n2025-01;410\n2025-02;360\n')).json()) as any;
    expect(second.status).toBe('landed');
    expect(await stored()).toEqual([
      { month: '2025-01-01', dju: 410 },
      { month: '2025-02-01', dju: 360 },
    ]);

    const history = (await (await fetch(`${api.base}/imports?commune=${commune}`, { headers: agent })).json()) as any[];
    expect(history[0]).toEqual(
      jasmine.objectContaining({
        id: second.import_id,
        kind: 'degree-days',
        status: 'landed',
        imported_by: 'agent@tests.pilotage.fr',
      }),
    );

    const tooEarly = await fetch(`${api.base}/imports/${first.import_id}/rollback`, { method: 'POST', headers: agent });
    expect(tooEarly.status).withContext('a later import built on it').toBe(409);

    const rolledBack = await fetch(`${api.base}/imports/${second.import_id}/rollback`, {
      method: 'POST',
      headers: agent,
    });
    expect(rolledBack.status).toBe(200);
    expect(await rolledBack.json()).toEqual({
      import_id: second.import_id,
      status: 'rolled_back',
      restored: 1,
      deleted: 1,
    });
    expect(await stored()).toEqual([{ month: '2025-01-01', dju: 400 }]);
    const audited = await db('audit_log').where({ action: 'import.rollback', commune_insee: commune }).first();
    expect(audited.actor).toBe('agent@tests.pilotage.fr');
  });

  it('lets only agents and admins import, and tells the public to sign in', async () => {
    const elected = await signIn(api.base, 'elected');

    expect((await upload('mois;dju\n2025-03;300\n', '', {})).status).toBe(401);
    expect((await upload('mois;dju\n2025-03;300\n', '', elected)).status).toBe(403);
  });

  it('keeps an agent limited to another commune out of this one', async () => {
    await db('communes').insert({ insee_code: '99005', name: 'Elsewhere' }).onConflict('insee_code').ignore();
    const elsewhere = await signIn(api.base, 'agent', '99005');

    const response = await upload('mois;dju\n2025-03;300\n', '', elsewhere);

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: 'Accès refusé' } });
  });
});
