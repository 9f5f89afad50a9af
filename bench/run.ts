import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { makeApp } from '../backend/src/app';
import { loadDemo } from '../backend/src/boot';
import { openDatabase, type Database } from '../backend/src/db/database';
import { freePort } from '../backend/src/db/free-port';
import { migrate } from '../backend/src/db/migrations';
import { makeLogger } from '../backend/src/logger';
import { createUser } from '../backend/src/modules/auth/auth.repository';
import { hashPassword } from '../backend/src/modules/auth/passwords';
import { benchEndpoints } from './endpoints';
import { benchNationalImport, type NationalFigures } from './national';

/**
 * npm run bench [-- --scale N --concurrency C --duration S]: loads a demo city N times larger into a throw-away
 * database (embedded, or a fresh database on the server named by DATABASE_URL), fires C concurrent requests at
 * every KPI endpoint for S seconds, and prints p50/p95/p99 latency and throughput beside the time of the same SQL
 * run directly. Writes bench/results.json.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '10' },
    duration: { type: 'string', default: '5' },
    commune: { type: 'string', default: '59350' },
    year: { type: 'string', default: '2025' },
    // --communes M: also import a national "comptes individuels" file of M communes and time GET /budget/peers
    communes: { type: 'string', default: '0' },
    // --only NAME: fire only the endpoints whose name contains NAME (e.g. peers)
    only: { type: 'string' },
  },
});
const scale = Number(values.scale);
const concurrency = Number(values.concurrency);
const duration = Number(values.duration);
const logger = makeLogger('warn');

const { db, dispose } = await benchDatabase();
try {
  await migrate(db.knex);
  const loadStarted = Date.now();
  await loadDemo(db, scale, logger);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const hourly = await db.knex('counts_hourly').count<{ count: number }[]>('* as count');
  console.log(`Demo city at scale ${scale} loaded in ${loadSeconds.toFixed(1)} s (${hourly[0].count.toLocaleString('en')} hourly counts).`);

  let national: NationalFigures | undefined;
  if (Number(values.communes) > 0) {
    national = await benchNationalImport(db.knex, Number(values.communes), 2024);
    console.log(`National file of ${national.communes.toLocaleString('en')} communes (${national.file_mb} MB): imported in ${national.import_s} s (${national.rows_per_s.toLocaleString('en')} rows/s), again in ${national.reimport_s} s; ${national.storage_bytes_per_commune_year} bytes per commune-year; peer mart ${(national.mart_bytes / 1e6).toFixed(1)} MB.`);
  }

  const app = makeApp({ db, logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cookie = await signInAsAdmin(base);
  const results = [];
  for (const endpoint of benchEndpoints({ commune: values.commune!, year: Number(values.year) }).filter((e) => !values.only || e.name.includes(values.only))) {
    const http = await fire(`${base}${endpoint.path}`, cookie);
    const sqlMs = await timeSql(() => endpoint.sql(db.knex));
    results.push({ name: endpoint.name, path: endpoint.path, ...http, sql_p50_ms: round(percentile(sqlMs, 50)) });
  }
  server.close();

  const report = { scale, concurrency, duration_s: duration, load_s: round(loadSeconds), national, database: db.mode, machine: `${os.cpus().length} cores`, endpoints: results };
  fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(results.map((r) => ({ endpoint: r.name, p50_ms: r.p50_ms, p95_ms: r.p95_ms, p99_ms: r.p99_ms, 'req/s': r.requests_per_s, sql_p50_ms: r.sql_p50_ms, errors: r.errors })));
  console.log('Written to bench/results.json');
} finally {
  await dispose();
}

/** Internal endpoints need a session: the benchmark signs in as an administrator, as a finance desk would. */
async function signInAsAdmin(base: string): Promise<string> {
  const password = 'benchmark administrator password';
  await createUser(db.knex, { email: 'bench@pilotage.local', passwordHash: await hashPassword(password), role: 'admin', commune: null });
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@pilotage.local', password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('pilotage_session='));
  if (!response.ok || !session) throw new Error(`benchmark sign-in failed: ${response.status}`);
  return session.split(';')[0];
}

async function fire(url: string, cookie: string) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: concurrency, duration, headers: { cookie } }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    requests_per_s: round(result.requests.total / result.duration),
    errors: result.errors + result.non2xx,
  };
}

async function timeSql(run: () => Promise<unknown>, times = 30): Promise<number[]> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function benchDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `pilotage_bench_${process.pid}`;
    await admin(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0, poolMax: concurrency + 2 });
    return { db, dispose: async () => { await db.close(); await admin(serverUrl, `drop database if exists ${name} with (force)`); } };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-'));
  const db = await openDatabase({ dataDir, embeddedPort: await freePort(), poolMax: concurrency + 2 });
  return { db, dispose: async () => { await db.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
