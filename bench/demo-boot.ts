import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openReadyDatabase } from '../backend/src/boot';
import { loadEnv } from '../backend/src/config/env';
import { makeLogger } from '../backend/src/logger';

/**
 * npm run bench:demo-boot: what `npm start` does before it listens, on a fresh DATA_DIR (embedded PostgreSQL
 * initialised, migrations, the demo city loaded, rollups refreshed), timed from the start to a ready database.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-demo-boot-'));
const started = performance.now();
const { DATABASE_URL: _server, ...rest } = process.env;
const env = loadEnv({ ...rest, DATA_DIR: dataDir, DEMO: 'auto', LOG_LEVEL: 'info' });
const db = await openReadyDatabase(env, makeLogger('info'));
const seconds = (performance.now() - started) / 1000;
await db.close();
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(
  `ready after ${seconds.toFixed(1)} s (fresh DATA_DIR, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
