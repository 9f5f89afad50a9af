import type { Knex } from 'knex';
import { runCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';
import { startTestApp } from '../../../test/helpers/http';
import { createUser } from './auth.repository';
import { hashPassword } from './passwords';

async function userCli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runCli('user', args, env);
  return { code, out: stdout + stderr };
}

function cookiesOf(response: Response): Record<string, string> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((c) => {
      const [pair] = c.split(';');
      const [name, ...value] = pair.split('=');
      return [name, value.join('=')];
    }),
  );
}

describe('accounts and sessions', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let url: string;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    api = await startTestApp();
    await createUser(db, {
      email: 'agent@testville.fr',
      passwordHash: await hashPassword('correct horse battery'),
      role: 'agent',
      commune: null,
    });
  });
  afterAll(async () => {
    await api.close();
    await db('users').whereIn('email', ['agent@testville.fr', 'elu@testville.fr', 'brute@testville.fr']).delete();
  });

  const login = (email: string, password: string) =>
    fetch(`${api.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('opens a session in an HttpOnly cookie and hands out the CSRF token in a readable cookie', async () => {
    const response = await login('Agent@Testville.fr', 'correct horse battery');
    const setCookies = response.headers.getSetCookie();

    expect(response.status).toBe(200);
    expect(((await response.json()) as any).user).toEqual(
      jasmine.objectContaining({ email: 'agent@testville.fr', role: 'agent', commune_insee: null }),
    );
    expect(setCookies.find((c) => c.startsWith('pilotage_session='))).toMatch(/HttpOnly/i);
    expect(setCookies.find((c) => c.startsWith('pilotage_session='))).toMatch(/SameSite=Lax/i);
    expect(setCookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/i);

    const me = await fetch(`${api.base}/auth/me`, {
      headers: { cookie: `pilotage_session=${cookiesOf(response)['pilotage_session']}` },
    });
    expect(((await me.json()) as any).user.email).toBe('agent@testville.fr');
  });

  it('gives the same answer for an unknown email and a wrong password, and stores the password hashed with argon2id', async () => {
    const wrongPassword = await login('agent@testville.fr', 'nope');
    const unknownEmail = await login('nobody@testville.fr', 'nope');

    expect(wrongPassword.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
    const stored = await db('users').where({ email: 'agent@testville.fr' }).first();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a write made with the session cookie but without the CSRF token', async () => {
    const cookies = cookiesOf(await login('agent@testville.fr', 'correct horse battery'));
    const cookie = `pilotage_session=${cookies['pilotage_session']}; XSRF-TOKEN=${cookies['XSRF-TOKEN']}`;

    const forged = await fetch(`${api.base}/auth/logout`, { method: 'POST', headers: { cookie } });
    const genuine = await fetch(`${api.base}/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-xsrf-token': cookies['XSRF-TOKEN'] },
    });

    expect(forged.status).toBe(403);
    expect(((await forged.json()) as any).error.code).toBe('csrf');
    expect(genuine.status).toBe(204);
    const after = await fetch(`${api.base}/auth/me`, { headers: { cookie } });
    expect(((await after.json()) as any).user)
      .withContext('the session is closed')
      .toBeNull();
  });

  it('slows password guessing: the eleventh attempt within 15 minutes is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login('brute@testville.fr', `guess-${i}`)).status);

    expect(statuses.slice(0, 10).every((s) => s === 401)).toBeTrue();
    expect(statuses[10]).toBe(429);
  });

  it('creates accounts from the command line with the password from PILOTAGE_PASSWORD', async () => {
    await db('communes').insert({ insee_code: '99003', name: 'Userville' }).onConflict('insee_code').ignore();
    const result = await userCli(['add', 'elu@testville.fr', '--role', 'elected', '--commune', '99003'], {
      DATABASE_URL: url,
      PILOTAGE_PASSWORD: 'a long enough password',
    });
    const tooShort = await userCli(['add', 'elu@testville.fr', '--role', 'elected'], {
      DATABASE_URL: url,
      PILOTAGE_PASSWORD: 'short',
    });

    expect(result.code).withContext(result.out).toBe(0);
    expect(result.out).toContain('Le compte elu@testville.fr (elected, commune 99003) est prêt.');
    expect(tooShort.code).toBe(2);
    const response = await login('elu@testville.fr', 'a long enough password');
    expect(((await response.json()) as any).user).toEqual(
      jasmine.objectContaining({ role: 'elected', commune_insee: '99003' }),
    );
    const logged = await db('audit_log').where({ action: 'user.add', target: 'elu@testville.fr' }).first();
    expect(logged).toBeDefined();
    await db('users').where({ email: 'elu@testville.fr' }).delete();
    await db('communes').where({ insee_code: '99003' }).delete();
  }, 60_000);
});
