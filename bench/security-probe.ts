import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../backend/src/db/free-port';
import { hashPassword } from '../backend/src/modules/auth/passwords';

/**
 * npm run probe:security: starts the dashboard as `npm start` does (embedded PostgreSQL in a throw-away folder, no
 * demo, compiled server), then measures what docs/security.md reports: how many sign-in tries the limiter lets
 * through per account and per address, how long the API answers 503 after its embedded PostgreSQL is killed, and
 * what a Ctrl-C leaves behind. Prints one JSON object.
 */
const repo = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-probe-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}/api/v1`;
const { DATABASE_URL: _server, EMBEDDED_PG_PORT: _pgPort, ...inherited } = process.env;
const child = spawn('npm', ['start'], {
  cwd: repo,
  detached: true,
  env: { ...inherited, PORT: String(port), DATA_DIR: dataDir, DEMO: 'off', SKIP_BUILD: '1', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d: Buffer) => (output += d));
child.stderr.on('data', (d: Buffer) => (output += d));
const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  while (!output.includes('Pilotage is ready')) {
    if (child.exitCode !== null) throw new Error(output);
    await sleep(100);
  }
  const results = {
    login: await probeLogin(),
    database_down: await probeDatabaseDown(),
    shutdown: await probeShutdown(),
  };
  console.log(JSON.stringify(results, null, 2));
} finally {
  if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function login(email: string, password: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Tries until the first 429 (at most `max`), counting those let through. */
async function triesBeforeRefusal(max: number, attempt: (i: number) => Promise<number>): Promise<number> {
  for (let i = 0; i < max; i++) if ((await attempt(i)) === 429) return i;
  return max;
}

async function probeLogin() {
  const pgPort = fs.readFileSync(path.join(dataDir, 'embedded-port'), 'utf8').trim();
  const client = new pg.Client({ connectionString: `postgres://pilotage:pilotage@127.0.0.1:${pgPort}/pilotage` });
  await client.connect();
  await client.query(`insert into users (email, password_hash, role) values ('admin@probe.fr', $1, 'admin')`, [
    await hashPassword('the admin password'),
  ]);
  await client.end();
  const variants = ['admin@probe.fr', ' admin@probe.fr', '\tADMIN@probe.fr\t', 'Admin@Probe.FR  '];
  // the account first (10 per 15 min), then the address (30 per 15 min, 10 already spent on the account)
  const perAccount = await triesBeforeRefusal(200, (i) =>
    login(variants[i % variants.length], `guess-${i}`, { 'x-forwarded-for': `198.51.100.${(i % 250) + 1}` }),
  );
  const rightPasswordAfterwards = await login('admin@probe.fr', 'the admin password');
  const perAddressAfterAccount = await triesBeforeRefusal(500, (i) =>
    login(`spray-${i}@probe.fr`, 'Password1!', { 'x-forwarded-for': `203.0.113.${(i % 250) + 1}` }),
  );
  return {
    failed_tries_let_through_per_account: perAccount,
    right_password_once_locked: rightPasswordAfterwards,
    failed_tries_let_through_per_address: perAccount + perAddressAfterAccount,
    window_minutes: 15,
  };
}

async function probeDatabaseDown() {
  const postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const statuses = new Map<number, number>();
  const killedAt = Date.now();
  process.kill(postmaster, 'SIGKILL');
  let backAt = 0;
  let first503 = 0;
  while (!backAt && Date.now() - killedAt < 120_000) {
    const response = await fetch(`${base}/health`);
    await response.arrayBuffer();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status === 503 && !first503) first503 = Date.now();
    if (response.status === 200) backAt = Date.now();
    else await sleep(50);
  }
  const restartLine = /restarted on port \d+ \(attempt (\d+), (\d+) ms/.exec(output);
  return {
    answers_while_down: Object.fromEntries(statuses),
    ms_from_kill_to_first_503: first503 ? first503 - killedAt : null,
    ms_from_kill_to_service_back: backAt ? backAt - killedAt : null,
    restart_logged: restartLine
      ? { attempt: Number(restartLine[1]), ms_after_found_down: Number(restartLine[2]) }
      : null,
  };
}

async function probeShutdown() {
  const postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const sentAt = Date.now();
  process.kill(-child.pid!, 'SIGINT'); // Ctrl-C: the whole terminal group
  const code = await exited;
  const stoppedAt = Date.now();
  let postgresLeft: boolean;
  try {
    postgresLeft = fs.readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    postgresLeft = false;
  }
  return {
    exit_code: code,
    ms_to_exit: stoppedAt - sentAt,
    shutdowns_logged: output.split('"msg":"shutting down"').length - 1,
    postgres_left_running: postgresLeft,
    owner_file_left: fs.existsSync(path.join(dataDir, 'embedded-owner.json')),
  };
}
