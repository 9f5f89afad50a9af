import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadDemo } from '../../src/boot';
import { openDatabase, type Database } from '../../src/db/database';
import { freePort } from '../../src/db/free-port';
import { migrate } from '../../src/db/migrations';
import { makeLogger } from '../../src/logger';

/**
 * A database of its own holding the demo city at a small scale, for a spec that needs real data everywhere (the
 * contract test): a fresh database on the server named by DATABASE_URL, or a throw-away embedded PostgreSQL. Never
 * the shared test database, which stays empty of the demo. `close` drops it.
 */
export async function openDemoDatabase(scale: number): Promise<{ db: Database; close: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  let db: Database;
  let drop: () => Promise<void>;
  if (serverUrl) {
    const name = `pilotage_demo_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0 });
    drop = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-demo-'));
    db = await openDatabase({ dataDir, embeddedPort: await freePort() });
    drop = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await migrate(db.knex);
  await loadDemo(db, scale, makeLogger('silent'));
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
