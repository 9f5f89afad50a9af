import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import pg from 'pg';
import { openDatabase } from '../backend/src/db/database';
import { migrate } from '../backend/src/db/migrations';
import { degreeDaysKind } from '../backend/src/imports/kinds/degree-days';
import { quartiersKind } from '../backend/src/imports/kinds/quartiers';
import { runImport } from '../backend/src/imports/run-import';

/**
 * npx tsx bench/imports-geo.ts --iris <iris-mel.geojson> (DATABASE_URL = a PostgreSQL server): times the degree-days
 * and quartiers imports per layout on files of realistic size, parse alone (dry run) and landed, in a throw-away
 * database. Degree-days: a calculator export of 1991-2021 (31 years, 372 months) and the same months as
 * month;dju;station; quartiers: the MEL's 207 IRIS, of which Lille keeps 110.
 */
const { values } = parseArgs({ options: { iris: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || !values.iris) {
  console.error('Usage : DATABASE_URL=postgres://… npx tsx bench/imports-geo.ts --iris <iris-mel.geojson> [--runs 5]');
  process.exit(2);
}
const name = `pilotage_bench_geo_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0 });
try {
  await migrate(db.knex);
  const communes = JSON.parse(fs.readFileSync(path.resolve('backend/src/demo/data/communes.json'), 'utf8')).features;
  const lille = communes.find((f: { properties: { code: string } }) => f.properties.code === '59350');
  await db.knex('communes').insert({ insee_code: '59350', name: 'Lille', geometry: JSON.stringify(lille.geometry) });

  const years = Array.from({ length: 31 }, (_, i) => 2021 - i);
  const value = (y: number, m: number) =>
    Math.round((200 + 180 * Math.cos(((m - 1) / 12) * 2 * Math.PI) + (y % 7)) * 10) / 10;
  const fr = (v: number) => `"${String(v).replace('.', ',')}"`;
  const grid = [
    'Calculateur DJU',
    '',
    'Station,LILLE-LESQUIN',
    'Usage,Chauffage',
    "Méthode de calcul,Professionnels de l'énergie",
    'Température de référence,18°C',
    'Date de début,01/01/1991',
    'Date de fin,12/31/21',
    '',
    'DJU - Mensuel',
    '',
    ',JAN,FÉV,MAR,AVR,MAI,JUN,JUL,AOÛ,SEP,OCT,NOV,DÉC,Total',
    ...years.map((y) => {
      const months = Array.from({ length: 12 }, (_, i) => value(y, i + 1));
      return [y, ...months.map(fr), fr(Math.round(months.reduce((s, v) => s + v, 0) * 10) / 10)].join(',');
    }),
  ].join('\r\n');
  const columns = [
    'month;dju;station',
    ...years.flatMap((y) =>
      Array.from(
        { length: 12 },
        (_, i) => `${y}-${String(i + 1).padStart(2, '0')};${String(value(y, i + 1)).replace('.', ',')};LILLE-LESQUIN`,
      ),
    ),
  ].join('\r\n');
  const layouts = [
    {
      label: 'degree-days, calculator export CSV (31 years)',
      kind: degreeDaysKind,
      file: iconv.encode(grid, 'win1252'),
      fileName: 'dju.csv',
    },
    {
      label: 'degree-days, month;dju;station CSV (372 months)',
      kind: degreeDaysKind,
      file: Buffer.from(columns),
      fileName: 'dju-colonnes.csv',
    },
    {
      label: 'quartiers, IRIS of the MEL (207 features, Lille keeps 110)',
      kind: quartiersKind,
      file: fs.readFileSync(values.iris),
      fileName: 'iris-mel.geojson',
    },
  ];
  const runs = Number(values.runs);
  for (const layout of layouts) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const report = await runImport(db.knex, layout.kind, layout.file, {
        commune: '59350',
        fileName: layout.fileName,
        dryRun: true,
      });
      times.push(performance.now() - started);
      rows = report.rows_read;
      if (report.status !== 'checked') throw new Error(`${layout.label}: ${JSON.stringify(report.issues.slice(0, 3))}`);
    }
    const started = performance.now();
    const landed = await runImport(db.knex, layout.kind, layout.file, { commune: '59350', fileName: layout.fileName });
    const landMs = performance.now() - started;
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(
      `${layout.label}: ${rows} rows, dry run median ${median.toFixed(0)} ms (${Math.round((rows / median) * 1000)} rows/s), ` +
        `landed in ${landMs.toFixed(0)} ms (${Math.round((rows / landMs) * 1000)} rows/s, ${landed.rows_written} written)`,
    );
  }
} finally {
  await db.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
