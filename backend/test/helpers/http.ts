import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeApp } from '../../src/app';
import type { AppDeps } from '../../src/http/app-deps';
import { makeLogger } from '../../src/logger';
import { testDatabase } from './database';

/**
 * Starts the real app on port 0 over the test database (or the one given) and returns its base URL and a closer;
 * `deps` overrides the app's settings (trusted proxies, a built dashboard to serve...).
 */
export async function startTestApp(deps: Partial<AppDeps> = {}): Promise<{ base: string; close: () => Promise<void> }> {
  const db = deps.db ?? (await testDatabase());
  const app = makeApp({ db, logger: makeLogger('silent'), ...deps });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.json() };
}

/**
 * Creates (or updates) a user with a role and signs in; returns headers that carry the session cookie and the CSRF
 * token, as a browser would send them.
 */
export async function signIn(
  base: string,
  role: 'admin' | 'elected' | 'agent' | 'public',
  commune: string | null = null,
): Promise<Record<string, string>> {
  const { createUser } = await import('../../src/modules/auth/auth.repository');
  const { hashPassword } = await import('../../src/modules/auth/passwords');
  const db = (await testDatabase()).knex;
  const email = `${role}${commune ? `-${commune}` : ''}@tests.pilotage.fr`;
  const password = 'test password for tests';
  await createUser(db, { email, passwordHash: await hashPassword(password), role, commune });
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${role} failed: ${response.status}`);
  const cookies = Object.fromEntries(
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0].split('='))
      .map(([k, ...v]) => [k, v.join('=')]),
  );
  return {
    cookie: `pilotage_session=${cookies['pilotage_session']}; XSRF-TOKEN=${cookies['XSRF-TOKEN']}`,
    'x-xsrf-token': cookies['XSRF-TOKEN'],
  };
}
