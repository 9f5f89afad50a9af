import { createServer, type Server } from 'node:http';
import { makeApp } from './app';
import { openReadyDatabase } from './boot';
import { loadEnv } from './config/env';
import type { Database } from './db/database';
import { stopOwnedServersNow } from './db/embedded-postgres';
import { makeLogger } from './logger';

/**
 * The dashboard's one process: it owns the shutdown. SIGINT (Ctrl-C), SIGTERM (docker stop, systemd) and SIGHUP
 * close the HTTP server and its connections (uploads included), give running queries a few seconds, then stop the
 * embedded PostgreSQL it started and remove its owner file. A second signal during the shutdown is ignored; a
 * shutdown that hangs ends after 15 s, still stopping the embedded server.
 */
const env = (() => {
  try {
    return loadEnv();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const logger = makeLogger(env.LOG_LEVEL);

let db: Database | undefined;
let server: Server | undefined;
let closing = false;

async function shutdown(signal: string, code = 0): Promise<never> {
  if (closing) return new Promise<never>(() => {});
  closing = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.error('the shutdown took more than 15 s: stopping now');
    stopOwnedServersNow();
    process.exit(1);
  }, 15_000).unref();
  server?.close();
  server?.closeAllConnections();
  await db?.close().catch((error) => logger.error({ err: error }, 'database did not close cleanly'));
  // a signal while the database was still opening (migrations, demo load): stop the server it started
  stopOwnedServersNow();
  clearTimeout(force);
  logger.info('stopped');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  void shutdown('uncaughtException', 1);
});

function fail(message: string, error?: unknown): Promise<never> {
  logger.fatal({ err: error }, message);
  // also in plain words on the terminal, where a person reads it (the log lines are JSON)
  console.error(`\nPilotage ne démarre pas / Pilotage did not start:\n${message}\n`);
  return shutdown('startup failure', 1);
}

try {
  db = await openReadyDatabase(env, logger, { supervise: true });
} catch (error) {
  await fail((error as Error).message, error);
}
if (!closing) {
  const app = makeApp({
    db: db!,
    logger,
    webDist: env.webDist,
    mapTileUrl: env.MAP_TILE_URL,
    trustProxy: env.trustProxy,
    importLimits: env.importLimits,
  });
  server = createServer(app);
  server.once('error', (error: NodeJS.ErrnoException) => {
    const where = `${env.HOST}:${env.PORT}`;
    const message =
      error.code === 'EADDRINUSE'
        ? `Le port ${env.PORT} est déjà utilisé (${where}) : arrêtez l'autre programme ou choisissez un autre port, ` +
          `par exemple PORT=3001 npm start.\nPort ${env.PORT} is already in use: stop the other program or set PORT.`
        : `Impossible d'écouter sur ${where} / cannot listen on ${where}: ${error.message}`;
    void fail(message, error);
  });
  // "ready" only once the port is really ours
  server.listen(env.PORT, env.HOST, () => {
    logger.info({ port: env.PORT, database: db!.mode }, `Pilotage is ready on http://localhost:${env.PORT}`);
  });
}
