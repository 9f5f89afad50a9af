import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { bumpDataVersion } from '../db/data-version';
import { refreshMarts } from '../db/refresh-marts';
import { fingerprintDemoCity } from '../demo/fingerprint';
import { DEMO_TABLES, generateDemoCity, resolveDemoOptions, type DemoCityOptions } from '../demo/index';
import { loadDemoCity } from '../demo/load';

/**
 * npm run demo:generate [-- --scale N] [--seed N] [--as-of YYYY-MM-DD] [--from YYYY-MM-DD] [--dry-run]
 * Generates the demo city (Lille and its partner communes) and loads it into the database (DATABASE_URL or the
 * embedded one), replacing the demo communes' rows. --dry-run only generates: row counts, timings and the
 * fingerprint of the output (the same options always give the same fingerprint).
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    from: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const env = loadEnv();
let options: DemoCityOptions;
try {
  options = resolveDemoOptions({
    scale: values.scale ? Number(values.scale) : env.DEMO_SCALE,
    seed: values.seed ? Number(values.seed) : undefined,
    asOf: values['as-of'],
    from: values.from,
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const started = Date.now();
if (values['dry-run']) {
  const city = generateDemoCity(options);
  const generated = Date.now() - started;
  const counts = Object.fromEntries(DEMO_TABLES.map((t) => [t, [...(city[t] as Iterable<unknown>)].length]));
  const fingerprint = fingerprintDemoCity(city).total;
  console.log(
    JSON.stringify({ options, generateMs: generated, totalMs: Date.now() - started, counts, fingerprint }, null, 2),
  );
} else {
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.dataDir,
    embeddedPort: env.EMBEDDED_PG_PORT,
  });
  try {
    await migrate(db.knex);
    const counts = await loadDemoCity(db.knex, options);
    await refreshMarts(db.knex);
    await bumpDataVersion(db.knex);
    await db.knex.raw('analyze');
    console.log(JSON.stringify({ options, ms: Date.now() - started, counts }, null, 2));
  } finally {
    await db.close();
  }
}
