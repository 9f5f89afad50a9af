import { parseArgs } from 'node:util';
import { loadDemo } from '../boot';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { makeLogger } from '../logger';

/**
 * npm run db:reset [-- --scale N] [--empty]: drops every table and view, runs the migrations again and loads the
 * demo city (or leaves the database empty with --empty). Works on the embedded database, running or not, and on
 * DATABASE_URL.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string' }, empty: { type: 'boolean', default: false } },
});
const env = loadEnv();
const logger = makeLogger(env.LOG_LEVEL);
const scale = values.scale ? Number(values.scale) : env.DEMO_SCALE;
if (!Number.isFinite(scale) || scale <= 0) {
  console.error('--scale must be a positive number');
  process.exit(2);
}

const db = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.dataDir,
  embeddedPort: env.EMBEDDED_PG_PORT,
});
try {
  await db.knex.raw('drop schema if exists analytics cascade');
  await db.knex.raw('drop schema public cascade');
  await db.knex.raw('create schema public');
  await migrate(db.knex);
  if (!values.empty) await loadDemo(db, scale, logger);
  console.log(values.empty ? 'Database reset: empty schema.' : `Database reset: demo city loaded (scale ${scale}).`);
} finally {
  await db.close();
}
