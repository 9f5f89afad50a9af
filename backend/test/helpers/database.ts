import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { freePort } from '../../src/db/free-port';
import { migrate } from '../../src/db/migrations';

export { freePort };

/**
 * The real PostgreSQL every backend test runs on: a fresh database on the server named by DATABASE_URL, or a
 * throw-away embedded PostgreSQL in a temporary folder. Opened once per run, migrated, never the demo city.
 */
let opening: Promise<Database> | undefined;
let cleanup: (() => Promise<void>) | undefined;

export function testDatabase(): Promise<Database> {
  opening ??= open();
  return opening;
}

export async function testKnex(): Promise<Knex> {
  return (await testDatabase()).knex;
}

async function open(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  let db: Database;
  if (serverUrl) {
    const name = `pilotage_test_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0 });
    cleanup = async () => {
      await db.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-test-'));
    db = await openDatabase({ dataDir, embeddedPort: await freePort() });
    cleanup = async () => {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await migrate(db.knex);
  return db;
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

afterAll(async () => {
  await cleanup?.();
}, 60_000);
