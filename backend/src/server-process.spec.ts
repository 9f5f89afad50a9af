import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './db/free-port';
import { hashPassword } from './modules/auth/passwords';

const repo = path.resolve(import.meta.dirname, '..', '..');
/** Process groups this spec started: whatever a failed expectation leaves running is killed at the end. */
const startedGroups = new Set<number>();

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as a person types it (its own process group, like a terminal's), on a data folder of its own. */
async function npmStart(dataDir: string, port: number, wait = true): Promise<Running> {
  // the embedded PostgreSQL, whatever the test run uses: what is left running after a stop is the point here
  const { DATABASE_URL: _server, EMBEDDED_PG_PORT: _port, ...inherited } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: repo,
    detached: true,
    env: { ...inherited, PORT: String(port), DATA_DIR: dataDir, DEMO: 'off', SKIP_BUILD: '1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  startedGroups.add(child.pid!);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = { child, port, output: () => output, exited };
  if (wait) {
    const deadline = Date.now() + 120_000;
    while (!output.includes('Pilotage is ready')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not get ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return running;
}

/** A process that still runs (an exited one waiting for init to reap it, a zombie, does not). */
const alive = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
};
const postmasterOf = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
/** Every process whose command line names the data folder (postgres and its backends). */
const processesOf = (dataDir: string) =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && alive(Number(p)))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    });
const childrenOf = (pid: number) =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    });
const cmdline = (pid: number | string) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
const count = (text: string, words: string) => text.split(words).length - 1;

/**
 * Stopping: one process owns the shutdown. npm start runs the compiled server in one node process (no tsx); SIGTERM
 * to npm, SIGINT to npm, Ctrl-C to the whole terminal group (during an upload too) each stop it once, cleanly: no
 * PostgreSQL left running, no owner file left behind. A port already taken is said plainly, and "ready" is not.
 */
describe('the dashboard process started by npm start', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-process-'));
  });
  afterAll(() => {
    for (const group of startedGroups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const pid of processesOf(dataDir)) process.kill(Number(pid), 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const expectCleanStop = async (running: Running, postmaster: number) => {
    expect(await running.exited)
      .withContext(running.output())
      .toBe(0);
    expect(alive(postmaster)).withContext('the embedded PostgreSQL is stopped').toBeFalse();
    expect(processesOf(dataDir)).withContext('no process of the data folder is left').toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'embedded-owner.json')))
      .withContext('the owner file is removed')
      .toBeFalse();
    expect(count(running.output(), '"msg":"shutting down"')).withContext('one shutdown').toBe(1);
    expect(count(running.output(), '"msg":"stopped"')).toBe(1);
  };

  it('runs the compiled server in one node process, and stops cleanly on SIGTERM sent to npm', async () => {
    const running = await npmStart(dataDir, await freePort());
    const [server] = childrenOf(running.child.pid!);
    expect(cmdline(server)).toMatch(/^node .*scripts\/start\.mjs$/);
    expect(childrenOf(Number(server)).map(cmdline))
      .withContext('no tsx, no second node')
      .toEqual([]);
    expect((await fetch(`http://127.0.0.1:${running.port}/api/v1/health`)).status).toBe(200);
    const postmaster = postmasterOf(dataDir);

    process.kill(running.child.pid!, 'SIGTERM');
    await expectCleanStop(running, postmaster);
  });

  it('stops cleanly on SIGINT sent to npm', async () => {
    const running = await npmStart(dataDir, await freePort());
    const postmaster = postmasterOf(dataDir);
    process.kill(running.child.pid!, 'SIGINT');
    await expectCleanStop(running, postmaster);
  });

  it('stops cleanly on Ctrl-C (SIGINT to the whole terminal group) while an upload is coming in', async () => {
    const running = await npmStart(dataDir, await freePort());
    const postmaster = postmasterOf(dataDir);
    const cookie = await signInAsAgent(running.port, dataDir);

    const upload = http.request({
      host: '127.0.0.1',
      port: running.port,
      method: 'POST',
      path: '/api/v1/imports/degree-days?commune=59350&dry_run=true',
      headers: { cookie: cookie.header, 'x-xsrf-token': cookie.csrf, 'content-type': 'text/csv' },
    });
    const uploadEnded = new Promise<string>((resolve) => {
      upload.on('error', (error) => resolve(`error ${(error as NodeJS.ErrnoException).code}`));
      upload.on('response', (response) => resolve(`response ${response.statusCode}`));
    });
    upload.write('mois;dju\n');
    const feeding = setInterval(() => upload.write('2025-01;400\n'.repeat(5000)), 20);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    process.kill(-running.child.pid!, 'SIGINT');
    try {
      await expectCleanStop(running, postmaster);
      expect(await uploadEnded).toMatch(/^error (ECONNRESET|EPIPE)|^response 503/);
    } finally {
      clearInterval(feeding);
      upload.destroy();
    }
  });

  it('says plainly that the port is taken, never that it is ready, and leaves nothing behind', async () => {
    const squatter = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen(port, '0.0.0.0', resolve));
    try {
      const running = await npmStart(dataDir, port, false);
      expect(await running.exited).toBe(1);
      expect(running.output()).toContain(`Le port ${port} est déjà utilisé`);
      expect(running.output()).toContain(`Port ${port} is already in use`);
      expect(running.output()).not.toContain('Pilotage is ready');
      expect(processesOf(dataDir)).toEqual([]);
      expect(fs.existsSync(path.join(dataDir, 'embedded-owner.json'))).toBeFalse();
    } finally {
      squatter.close();
    }
  });
});

/** An agent account created in the running dashboard's database, signed in over HTTP. */
async function signInAsAgent(port: number, dataDir: string): Promise<{ header: string; csrf: string }> {
  const pgPort = fs.readFileSync(path.join(dataDir, 'embedded-port'), 'utf8').trim();
  const client = new pg.Client({ connectionString: `postgres://pilotage:pilotage@127.0.0.1:${pgPort}/pilotage` });
  await client.connect();
  try {
    await client.query(
      `insert into users (email, password_hash, role) values ('stopper@tests.pilotage.fr', $1, 'agent')
       on conflict (email) do nothing`,
      [await hashPassword('a long test password')],
    );
  } finally {
    await client.end();
  }
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'stopper@tests.pilotage.fr', password: 'a long test password' }),
  });
  const cookies = Object.fromEntries(
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0].split('='))
      .map(([k, ...v]) => [k, v.join('=')]),
  );
  return {
    header: `pilotage_session=${cookies['pilotage_session']}; XSRF-TOKEN=${cookies['XSRF-TOKEN']}`,
    csrf: cookies['XSRF-TOKEN'],
  };
}
