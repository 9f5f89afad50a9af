import { spawnSync } from 'node:child_process';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/database';

/**
 * npm run db:psql: prints the connection string of the database (embedded or DATABASE_URL) for BI tools, and opens
 * psql on it when psql is installed. The views to query are in the `analytics` schema.
 */
const env = loadEnv();
const db = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.dataDir,
  embeddedPort: env.EMBEDDED_PG_PORT,
});
console.log(`Connection string (psql, Metabase, Power BI, QGIS...): ${db.url}`);
console.log('KPI views: schema "analytics" (\\dv analytics.*). Tables: schema "public".');
const hasPsql = spawnSync('psql', ['--version']).status === 0;
if (hasPsql && process.stdin.isTTY) spawnSync('psql', [db.url], { stdio: 'inherit' });
else if (!hasPsql) console.log('psql is not installed here; use the connection string above with your tool.');
await db.close();
