import type { Env } from './config/env';
import { openDatabase, type Database } from './db/database';
import { bumpDataVersion } from './db/data-version';
import { migrate } from './db/migrations';
import { refreshMarts } from './db/refresh-marts';
import type { Logger } from './logger';

/**
 * Opens the database (server or embedded), runs pending migrations, re-applies changed views, and loads the demo
 * city when the database is empty (DEMO=auto) or asked to (DEMO=on). Shared by the server and the CLI commands.
 */
export async function openReadyDatabase(
  env: Env,
  logger: Logger,
  options: { demo?: boolean; supervise?: boolean } = {},
): Promise<Database> {
  const started = Date.now();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.dataDir,
    embeddedPort: env.EMBEDDED_PG_PORT,
    supervise: options.supervise,
    log: (message, level = 'info') => logger[level](message),
  });
  try {
    const { migrations, viewsApplied } = await migrate(db.knex);
    logger.info({ migrations, viewsApplied, ms: Date.now() - started }, 'database ready');
    if (options.demo !== false && (await shouldLoadDemo(db, env))) {
      await loadDemo(db, env.DEMO_SCALE, logger);
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function shouldLoadDemo(db: Database, env: Env): Promise<boolean> {
  if (env.DEMO === 'off') return false;
  if (env.DEMO === 'on') return true;
  const anyCommune = await db.knex('communes').where({ is_reference: false }).first('insee_code');
  return anyCommune === undefined;
}

export async function loadDemo(db: Database, scale: number, logger: Logger): Promise<void> {
  const started = Date.now();
  logger.info({ scale }, 'loading the demo city (Lille and partner communes)');
  const { loadDemoCity } = await import('./demo/load');
  const counts = await loadDemoCity(db.knex, { scale });
  const { loadDemoPeers } = await import('./demo/comptes-individuels/load');
  await loadDemoPeers(db.knex);
  // every materialized relation, plain (faster than concurrently, and no one reads the database yet)
  await refreshMarts(db.knex, { concurrently: false });
  await db.knex.raw('analyze');
  await bumpDataVersion(db.knex);
  logger.info({ counts, ms: Date.now() - started }, 'demo city loaded');
}
