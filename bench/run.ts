import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import pg from 'pg';
import { loadDemo } from '../backend/src/boot';
import { openDatabase, type Database } from '../backend/src/db/database';
import { freePort } from '../backend/src/db/free-port';
import { migrate } from '../backend/src/db/migrations';
import { refreshesSettled } from '../backend/src/db/refresh-marts';
import { findKind } from '../backend/src/imports/kinds';
import { runImport, runImportSet } from '../backend/src/imports/run-import';
import { makeLogger } from '../backend/src/logger';
import { createUser } from '../backend/src/modules/auth/auth.repository';
import { hashPassword } from '../backend/src/modules/auth/passwords';
import { nextBillsFile } from './bills-file';
import { benchEndpoints } from './endpoints';
import { fire, percentile, round } from './fire';
import { joinLines, vendorFile } from './import-files';
import { markdownTables, type EndpointFigures, type ImportFigures } from './markdown';
import { benchNationalImport, type NationalFigures } from './national';
import { signIn, startServer } from './server';

/**
 * npm run bench [-- --scale N --concurrency C --duration S --readers R --only NAME --skip-imports]
 *
 * Loads a demo city N times larger (DEMO_SCALE) into a throw-away database (embedded, or a fresh database on the
 * server named by DATABASE_URL), starts the real server in its own process, and:
 * 1. times the ceiling: the bytes of the overview's answer served as a static file by the same server (its
 *    dashboard folder), what this machine gives at best;
 * 2. fires C concurrent clients (default 50) at every KPI endpoint for S seconds (default 10): p50/p95/p99,
 *    requests per second, errors, and the p95 as a ratio to the ceiling's;
 * 3. imports 600 new bills, then a counts file, each while R readers (default 30) read the overview: how long
 *    each takes to land (committed and reported), how long after it the figures are refreshed (in the background,
 *    readers never blocked), and the readers' p99 over the whole time.
 * Writes bench/results.json.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    commune: { type: 'string', default: '59350' },
    year: { type: 'string', default: '2025' },
    readers: { type: 'string', default: '30' },
    // --communes M: also import a national "comptes individuels" file of M communes and time GET /budget/peers
    communes: { type: 'string', default: '0' },
    // --only NAME: fire only the endpoints whose name contains NAME (e.g. peers)
    only: { type: 'string' },
    'skip-imports': { type: 'boolean', default: false },
    'counts-lines': { type: 'string', default: '200000' },
  },
});
const scale = Number(values.scale);
const concurrency = Number(values.concurrency);
const seconds = Number(values.duration);
const readers = Number(values.readers);
const commune = values.commune!;
const logger = makeLogger('warn');
const password = 'benchmark administrator password';

const loadBefore = os.loadavg().map((l) => round(l));
const { db, dispose } = await benchDatabase();
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-dist-'));
try {
  await migrate(db.knex);
  const loadStarted = Date.now();
  await loadDemo(db, scale, logger);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const hourly = await db.knex('counts_hourly').count<{ count: number }[]>('* as count');
  console.log(
    `Demo city at scale ${scale} loaded in ${loadSeconds.toFixed(1)} s (${Number(hourly[0].count).toLocaleString('en')} hourly counts).`,
  );

  let national: NationalFigures | undefined;
  if (Number(values.communes) > 0) {
    national = await benchNationalImport(db.knex, Number(values.communes), 2024);
    console.log(
      `National file of ${national.communes.toLocaleString('en')} communes (${national.file_mb} MB): imported in ${national.import_s} s (${national.rows_per_s.toLocaleString('en')} rows/s), again in ${national.reimport_s} s; ${national.storage_bytes_per_commune_year} bytes per commune-year; peer mart ${(national.mart_bytes / 1e6).toFixed(1)} MB.`,
    );
  }

  await createUser(db.knex, {
    email: 'bench@pilotage.local',
    passwordHash: await hashPassword(password),
    role: 'admin',
    commune: null,
  });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  const server = await startServer(db.url, await freePort(), dist);
  const results: EndpointFigures[] = [];
  let imports: ImportFigures[] = [];
  try {
    const cookie = await signIn(server.base, 'bench@pilotage.local', password);
    // the ceiling: the overview's very bytes, served as a static file by the same server
    const overview = await fetch(`${server.base}/api/v1/overview?commune=${commune}`);
    const bytes = Buffer.from(await overview.arrayBuffer());
    fs.writeFileSync(path.join(dist, 'ceiling.json'), bytes);
    const ceiling = await fire(`${server.base}/ceiling.json`, { connections: concurrency, seconds });
    results.push({
      endpoint: `ceiling (${bytes.length} bytes, static file)`,
      path: '/ceiling.json',
      ...ceiling,
      x_ceiling: 1,
    });

    const endpoints = benchEndpoints({ commune, year: Number(values.year) }).filter(
      (e) => !values.only || e.name.includes(values.only),
    );
    for (const endpoint of endpoints) {
      const http = await fire(`${server.base}${endpoint.path}`, {
        connections: concurrency,
        seconds,
        // as a browser asks (a large answer goes gzipped); the ceiling's small file is fired without, at its fastest
        headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
      });
      const sqlMs = await timeSql(() => endpoint.sql(db.knex));
      results.push({
        endpoint: endpoint.name,
        path: endpoint.path,
        ...http,
        x_ceiling: round(http.p95_ms / ceiling.p95_ms),
        sql_p50_ms: round(percentile(sqlMs, 50)),
      });
    }
    printTable(results);
    if (!values['skip-imports'])
      imports = await importsUnderLoad(db.knex, `${server.base}/api/v1/overview?commune=${commune}`);
  } finally {
    await server.stop();
  }

  const report = {
    date: new Date().toISOString(),
    load_average_before: loadBefore,
    load_average: os.loadavg().map((l) => round(l)),
    scale,
    concurrency,
    duration_s: seconds,
    load_s: round(loadSeconds),
    national,
    database: db.mode,
    machine: `${os.cpus().length} cores`,
    endpoints: results,
    imports,
  };
  fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(import.meta.dirname, 'results.md'), markdownTables(results, imports));
  console.log(
    `Load average after the run: ${report.load_average.join(' ')}. Written to bench/results.json and bench/results.md`,
  );
} finally {
  fs.rmSync(dist, { recursive: true, force: true });
  await dispose();
}

function printTable(rows: EndpointFigures[]) {
  console.table(
    rows.map((r) => ({
      endpoint: r.endpoint,
      p50_ms: r.p50_ms,
      p95_ms: r.p95_ms,
      p99_ms: r.p99_ms,
      'req/s': r.requests_per_s,
      errors: r.errors,
      'p95 ÷ ceiling': r.x_ceiling,
      kB: Math.round(r.bytes_per_answer / 100) / 10,
      sql_p50_ms: r.sql_p50_ms,
    })),
  );
}

/**
 * Each import (in this process, as the command line would run it: the server only serves the readers) while
 * `readers` clients read the overview from the server; the readers' figures cover the import's whole time.
 */
async function importsUnderLoad(knex: Knex, readUrl: string): Promise<ImportFigures[]> {
  const bills = await nextBillsFile(knex, commune, 600);
  // counts: 15 sites of the commune in the vendor layout, 15-minute slots in two directions
  await knex('counting_sites')
    .insert(
      Array.from({ length: 15 }, (_, s) => ({
        commune_insee: commune,
        site_id: `BENCH-${String(s).padStart(2, '0')}`,
        name: `Site de mesure ${s}`,
        kind: 'pedestrian',
      })),
    )
    .onConflict(['commune_insee', 'site_id'])
    .ignore();
  const countsLines = Number(values['counts-lines']);
  const counts = Buffer.from(joinLines(vendorFile(countsLines)));
  const runs: { name: string; rows: number; run: () => Promise<{ status: string; duration_ms: number }> }[] = [
    {
      name: '600 bills (readings)',
      rows: 600,
      run: () =>
        runImport(knex, findKind('readings')!, bills, {
          commune,
          fileName: 'factures.csv',
          importedBy: 'bench',
          refresh: 'background',
        }),
    },
    {
      name: `counts, ${countsLines.toLocaleString('en')} lines (vendor layout)`,
      rows: countsLines,
      run: () =>
        runImportSet(knex, findKind('counts')!, [{ name: 'comptages.csv', content: counts }], {
          commune,
          fileName: 'comptages.csv',
          importedBy: 'bench',
          refresh: 'background',
        }),
    },
  ];
  const figures: ImportFigures[] = [];
  for (const { name, rows, run } of runs) {
    let landed: { status: string; duration_ms: number } | undefined;
    let refreshedAfter = 0;
    const importing = new Promise<void>((resolve) => setTimeout(resolve, 500)).then(async () => {
      landed = await run();
      const started = performance.now();
      await refreshesSettled();
      refreshedAfter = performance.now() - started;
    });
    const read = await fire(readUrl, { connections: readers, seconds: 600, until: importing });
    await importing;
    figures.push({
      import: name,
      rows,
      status: landed!.status,
      lands_in_ms: landed!.duration_ms,
      rows_per_s: Math.round(rows / (landed!.duration_ms / 1000)),
      figures_refreshed_after_ms: Math.round(refreshedAfter),
      readers,
      readers_p50_ms: read.p50_ms,
      readers_p99_ms: read.p99_ms,
      readers_max_ms: read.max_ms,
      readers_errors: read.errors,
    });
  }
  console.table(figures);
  return figures;
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

async function benchDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `pilotage_bench_${process.pid}`;
    await admin(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0, poolMax: 4 });
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-'));
  const db = await openDatabase({ dataDir, embeddedPort: await freePort(), poolMax: 4 });
  return {
    db,
    dispose: async () => {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
