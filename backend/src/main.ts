import type { Server } from 'node:http';
import { makeApp } from './app';
import { openReadyDatabase } from './boot';
import { loadEnv } from './config/env';
import { makeLogger } from './logger';

const env = loadEnv();
const logger = makeLogger(env.LOG_LEVEL);

const db = await openReadyDatabase(env, logger).catch((error: Error) => {
  logger.fatal({ err: error }, 'could not open the database');
  process.exit(1);
});

const app = makeApp({ db, logger, webDist: env.webDist, mapTileUrl: env.MAP_TILE_URL, importLimits: env.importLimits });
const server: Server = app.listen(env.PORT, env.HOST, () => {
  logger.info({ port: env.PORT, database: db.mode }, `Pilotage is ready on http://localhost:${env.PORT}`);
});
server.on('error', async (error) => {
  logger.fatal({ err: error }, 'server could not listen');
  await db.close();
  process.exit(1);
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  server.close();
  server.closeAllConnections();
  await db.close().catch((error) => logger.error({ err: error }, 'database did not close cleanly'));
  clearTimeout(force);
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  void shutdown('uncaughtException');
});
