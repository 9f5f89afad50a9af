import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../backend/src/db/database';
import { migrate } from '../backend/src/db/migrations';
import { findKind } from '../backend/src/imports/kinds';
import { runImportSet } from '../backend/src/imports/run-import';
import { ecoCounterFile, etalabSet, joinLines, loopsFile, vendorFile } from './import-files';

/**
 * npm run bench:counts-profile -- --layout eco|loops|vendor|etalab: one counts layout imported once (dry run, then
 * landed) on a fresh database of the server named by DATABASE_URL, for `node --cpu-prof`: the seconds of each run.
 */
const { values } = parseArgs({ options: { layout: { type: 'string', default: 'eco' } } });
const server = process.env.DATABASE_URL;
if (!server) throw new Error('DATABASE_URL (a PostgreSQL server) is needed');
const name = `pilotage_counts_profile_${process.pid}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};
await admin(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0 });
try {
  await migrate(db.knex);
  await db.knex('communes').insert({ insee_code: '99002', name: 'Bench', population: 50_000 });
  const etalab = values.layout === 'etalab' ? etalabSet(365, 50) : undefined;
  const files =
    values.layout === 'eco'
      ? [{ name: 'eco.csv', content: joinLines(ecoCounterFile(365, 100)) }]
      : values.layout === 'loops'
        ? [{ name: 'loops.csv', content: joinLines(loopsFile(365, 100)) }]
        : values.layout === 'vendor'
          ? [{ name: 'vendor.csv', content: joinLines(vendorFile(1_000_000)) }]
          : [
              { name: 'sites.csv', content: Buffer.from(etalab!.sites) },
              { name: 'channels.csv', content: Buffer.from(etalab!.channels) },
              { name: 'measures.csv', content: joinLines(etalab!.measures) },
            ];
  if (values.layout === 'vendor')
    await db.knex('counting_sites').insert(
      Array.from({ length: 15 }, (_, s) => ({
        commune_insee: '99002',
        site_id: `BENCH-${String(s).padStart(2, '0')}`,
        name: `Site ${s}`,
        kind: 'pedestrian',
      })),
    );
  const counts = findKind('counts')!;
  const options = { commune: '99002', fileName: files[0].name, siteKind: 'bike' as const };
  for (const dryRun of [true, false]) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const report = await runImportSet(db.knex, counts, files, { ...options, dryRun });
    const used = process.cpuUsage(cpu);
    console.log(
      dryRun ? 'dry run' : 'landed',
      report.status,
      `${((performance.now() - t) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s node CPU`,
    );
  }
} finally {
  await db.close();
  await admin(`drop database if exists ${name} with (force)`);
}
