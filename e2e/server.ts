import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../backend/src/db/free-port';

const repo = path.resolve(import.meta.dirname, '..');

export interface RunningDashboard {
  url: string;
  /** Connection string of the dashboard's database (for helpers such as e2e/accounts.ts). */
  databaseUrl: string;
  stop(): Promise<void>;
}

let shared: Promise<RunningDashboard> | undefined;

/**
 * The dashboard every end-to-end spec shares (one demo load per run): started on first use, stopped once at the
 * end of the run by e2e/global-teardown.ts. A spec's own stop() leaves it running for the next spec.
 */
export async function startDashboard(): Promise<RunningDashboard> {
  shared ??= launchDashboard();
  return { ...(await shared), stop: async () => {} };
}

export async function stopSharedDashboard(): Promise<void> {
  if (shared) await (await shared).stop();
  shared = undefined;
}

/**
 * Starts the dashboard as `npm start` does (build if needed, API + built app on one port) on a throw-away database
 * holding a demo city (DEMO_SCALE 0.1 unless told: small and quick for the tests): an embedded PostgreSQL in a
 * temporary folder, or a fresh database on the server named by DATABASE_URL. bench/web.ts uses it at scale 1.
 */
export async function launchDashboard(scale = 0.1): Promise<RunningDashboard> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    DEMO: 'on',
    DEMO_SCALE: String(scale),
    LOG_LEVEL: 'warn',
  };
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `pilotage_e2e_${process.pid}_${port}`;
    await admin(process.env.DATABASE_URL, `create database ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => admin(process.env.DATABASE_URL!, `drop database if exists ${name} with (force)`);
  }
  const child = spawn(process.execPath, [path.join(repo, 'scripts', 'start.mjs')], {
    cwd: repo,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/v1/health`, child);
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: env.DATABASE_URL ?? `postgres://pilotage:pilotage@127.0.0.1:${env.EMBEDDED_PG_PORT}/pilotage`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      stopLeftoverPostgres(dataDir);
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dashboard exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok && ((await response.json()) as { demo?: boolean }).demo) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the dashboard did not become healthy within 5 minutes');
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Belt and braces: if the embedded server outlived the dashboard, stop it before its folder is removed. */
function stopLeftoverPostgres(dataDir: string): void {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // no lock file or no such process: nothing left behind
  }
}
