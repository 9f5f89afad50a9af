import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { startTestApp } from '../../test/helpers/http';
import { openApiDocument } from '../openapi/document';
import { openDatabase, type Database } from './database';
import { freePort } from './free-port';
import { migrate } from './migrations';

const unavailable = {
  error: {
    code: 'database_unavailable',
    message: 'La base de données est momentanément indisponible : réessayez dans quelques instants',
  },
};

/** Every GET address of the API with its required parameters filled in (the values need not exist). */
function everyGetAddress(): string[] {
  const paths = openApiDocument().paths as Record<
    string,
    { get?: { parameters?: { name: string; in: string; required?: boolean }[] } }
  >;
  return Object.entries(paths)
    .filter(([, item]) => item.get)
    .map(([address, item]) => {
      const search = new URLSearchParams();
      for (const p of item.get!.parameters ?? []) {
        if (!p.required) continue;
        const value =
          p.name === 'year'
            ? '2025'
            : p.name === 'fluid'
              ? 'water'
              : p.name.includes('commune') || p.name === 'insee'
                ? '59350'
                : 'x';
        if (p.in === 'path') address = address.replace(`{${p.name}}`, value);
        else search.set(p.name, value);
      }
      return `${address}?${search}`;
    });
}

/**
 * When PostgreSQL is down, the API says so (503 database_unavailable, in French) on every endpoint instead of an
 * internal error; and when the app owns the embedded server, it starts it again by itself.
 */
describe('the API while its database is down', () => {
  it('answers 503 database_unavailable on every endpoint when the database cannot be reached', async () => {
    const deadPort = await freePort();
    const quiet = { warn: () => undefined, error: () => undefined, deprecate: () => undefined, debug: () => undefined };
    const dead = knex({
      client: 'pg',
      connection: `postgres://nobody:nothing@127.0.0.1:${deadPort}/gone`,
      pool: { min: 0, max: 2 },
      log: quiet,
    });
    const db: Database = { knex: dead, mode: 'server', url: '', close: () => dead.destroy() };
    const api = await startTestApp({ db });
    try {
      const answers: string[] = [];
      const headers = { cookie: 'pilotage_session=a-session-token-long-enough-to-be-looked-up' };
      for (const address of everyGetAddress()) {
        const response = await fetch(`${api.base}${address}`, { headers });
        const body = await response.json();
        if (response.status !== 503 || JSON.stringify(body) !== JSON.stringify(unavailable))
          answers.push(`${address}: ${response.status}`);
      }
      const login = await fetch(`${api.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@b.fr', password: 'x' }),
      });
      expect([login.status, await login.json()]).toEqual([503, unavailable]);
      expect(login.headers.get('retry-after')).toBe('5');
      expect(answers).toEqual([]);
    } finally {
      await api.close();
      await db.close();
    }
  });

  describe('run on the embedded PostgreSQL it owns', () => {
    let dataDir: string;
    let db: Database;
    const logged: string[] = [];

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-down-'));
      db = await openDatabase({
        dataDir,
        supervise: true,
        log: (message, level = 'info') => logged.push(`${level}: ${message}`),
      });
      await migrate(db.knex);
      await db.knex.raw('create table kept (v int); insert into kept values (42)');
    });
    afterAll(async () => {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('starts it again when it is killed, answering 503 (never 500) in between', async () => {
      const api = await startTestApp({ db });
      try {
        const postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(postmaster, 'SIGKILL');

        const seen = new Set<string>();
        let healthy = false;
        for (const deadline = Date.now() + 60_000; !healthy && Date.now() < deadline;) {
          for (const address of ['/health', '/communes', '/overview?commune=59350']) {
            const response = await fetch(`${api.base}${address}`);
            const body = await response.json();
            seen.add(response.status === 503 ? `503 ${(body as any).error.code}` : String(response.status));
            if (address === '/health' && response.status === 200) healthy = true;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }

        expect(healthy)
          .withContext(`the API came back by itself: ${[...seen]} ${logged.join(' / ')}`)
          .toBeTrue();
        expect([...seen].filter((s) => s !== '200' && s !== '503 database_unavailable' && s !== '404')).toEqual([]);
        expect(seen).toContain('503 database_unavailable');
        expect((await db.knex.raw('select v from kept')).rows).toEqual([{ v: 42 }]);
        expect(
          logged.some((line) => /^warn: the embedded PostgreSQL on port \d+ stopped unexpectedly/.test(line)),
        ).toBeTrue();
        expect(
          logged.some((line) => /^info: embedded PostgreSQL restarted on port \d+ \(attempt 1, \d+ ms/.test(line)),
        ).toBeTrue();
      } finally {
        await api.close();
      }
    });
  });
});
