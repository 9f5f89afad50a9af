import type { Knex } from 'knex';
import { runCli } from '../../test/helpers/cli';
import { testDatabase } from '../../test/helpers/database';
import { signIn, startTestApp } from '../../test/helpers/http';
import type { ImportKind } from '../imports/import-kind';
import { findKind } from '../imports/kinds';
import { runImport } from '../imports/run-import';
import { createUser } from '../modules/auth/auth.repository';
import { hashPassword } from '../modules/auth/passwords';

const mine = '99091';
const theirs = '99092';

/** The probe's smaller findings (issue 10, point 8), each told from outside. */
describe('smaller leaks', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let url: string;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    api = await startTestApp();
    await db('communes').insert([
      { insee_code: mine, name: 'Mienne' },
      { insee_code: theirs, name: 'Autre' },
    ]);
  });
  afterAll(async () => {
    await api.close();
    for (const table of ['comments', 'fluid_alert_rules', 'degree_days', 'audit_log']) {
      await db(table).whereIn('commune_insee', [mine, theirs]).delete();
    }
    await db('imports').whereIn('commune_insee', [mine, theirs]).delete();
    await db('users').whereIn('commune_insee', [mine, theirs]).orWhere('email', 'changing@leaks.pilotage.fr').delete();
    await db('communes').whereIn('insee_code', [mine, theirs]).delete();
  });

  it("gives a limited user the same 404 for another commune's comment, rule or import as for an id that does not exist", async () => {
    const [comment] = await db('comments')
      .insert({
        commune_insee: theirs,
        target: 'fluids:building:X',
        period_start: '2025-01-01',
        period_end: '2025-01-31',
        body: 'secret',
        author: 'a@b.fr',
      })
      .returning('id');
    const [rule] = await db('fluid_alert_rules')
      .insert({ commune_insee: theirs, building_type: 'school', threshold_kind: 'percent', threshold_value: 20 })
      .returning('id');
    const [imported] = await db('imports')
      .insert({ kind: 'degree-days', commune_insee: theirs, status: 'landed' })
      .returning('id');
    const limited = await signIn(api.base, 'agent', mine);
    const ask = async (method: string, path: string) => {
      const response = await fetch(`${api.base}${path}`, { method, headers: limited });
      return [response.status, ((await response.json()) as any).error.message];
    };

    expect(await ask('DELETE', `/comments/${comment.id}`)).toEqual([404, `Aucun commentaire n° ${comment.id}`]);
    expect(await ask('DELETE', '/comments/987654321')).toEqual([404, 'Aucun commentaire n° 987654321']);
    expect(await ask('DELETE', `/fluids/alert-rules/${rule.id}`)).toEqual([404, `Aucune règle d'alerte n° ${rule.id}`]);
    expect(await ask('GET', `/imports/${imported.id}`)).toEqual([404, `Aucun import n° ${imported.id}`]);
    expect(await ask('POST', `/imports/${imported.id}/rollback`)).toEqual([404, `Aucun import n° ${imported.id}`]);
    expect(await db('comments').where({ id: comment.id }).first()).toBeDefined();
  });

  it("signs out every session opened with the old password when an account's password changes", async () => {
    const email = 'changing@leaks.pilotage.fr';
    await createUser(db, {
      email,
      passwordHash: await hashPassword('the first long password'),
      role: 'agent',
      commune: mine,
    });
    const signInWith = async (password: string) => {
      const response = await fetch(`${api.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const session = response.headers
        .getSetCookie()
        .find((c) => c.startsWith('pilotage_session='))!
        .split(';')[0];
      return { cookie: session };
    };
    const me = async (headers: Record<string, string>) =>
      ((await (await fetch(`${api.base}/auth/me`, { headers })).json()) as any).user?.email ?? null;
    const laptop = await signInWith('the first long password');
    const phone = await signInWith('the first long password');

    const same = await runCli('user', ['add', email, '--role', 'agent', '--commune', mine], {
      DATABASE_URL: url,
      PILOTAGE_PASSWORD: 'the first long password',
    });
    expect(same.code).toBe(0);
    expect([await me(laptop), await me(phone)])
      .withContext('same password again: nothing changes')
      .toEqual([email, email]);

    const changed = await runCli('user', ['add', email, '--role', 'agent', '--commune', mine], {
      DATABASE_URL: url,
      PILOTAGE_PASSWORD: 'a brand new long password',
    });
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain("Mot de passe changé : 2 sessions ouvertes avec l'ancien sont fermées.");
    expect([await me(laptop), await me(phone)]).toEqual([null, null]);
    expect(await me(await signInWith('a brand new long password'))).toBe(email);
  }, 60_000);

  it('records the real end of an import, not the start of its transaction', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')};${300 + (i % 50)}`,
    );
    const report = await runImport(
      db,
      findKind('degree-days')!,
      Buffer.from(`mois;dju\n${rows.slice(0, 300).join('\n')}\n`),
      {
        commune: mine,
        fileName: 'dju.csv',
        importedBy: 'agent@tests.pilotage.fr',
      },
    );
    expect(report.status).toBe('landed');
    const recorded = await db('imports').where({ id: report.import_id }).first('started_at', 'finished_at');
    expect(recorded.finished_at.getTime()).toBeGreaterThan(recorded.started_at.getTime());
  });

  it('never quotes SQL text or PostgreSQL internals in an import report or in the imports history', async () => {
    const failingWith = (sql: string, bindings: unknown[]): ImportKind<string> => ({
      kind: 'degree-days',
      description: 'a kind whose write fails in the database',
      formats: ['csv'],
      columns: [],
      parse: async () => ({ records: ['x'], issues: [] }),
      write: async (trx) => {
        await trx.raw(sql, bindings as never[]);
        return { written: 1, unchanged: 0 };
      },
    });
    const failures = [
      failingWith('insert into degree_days_gone (commune_insee, month, dju) values (?, ?, ?)', [mine, '2025-01-01', 1]),
      failingWith('insert into degree_days (commune_insee, month, dju) values (?, ?, ?)', ['99999', '2025-01-01', 1]),
    ];
    for (const kind of failures) {
      const report = await runImport(db, kind, Buffer.from('x'), { commune: mine, fileName: 'dju.csv' });
      const stored = await db('imports').where({ id: report.import_id }).first('errors');
      const said = JSON.stringify([report.issues, stored.errors]);
      expect(report.status).toBe('refused');
      expect(said).not.toMatch(/insert into|values \(|degree_days|relation|Key \(|constraint|\$1/i);
    }
  });
});
