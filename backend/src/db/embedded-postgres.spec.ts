import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../test/helpers/database';
import { startEmbeddedPostgres } from './embedded-postgres';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  if (process.env.DATABASE_URL) {
    it('is not used when DATABASE_URL names a server', () => expect(process.env.DATABASE_URL).toMatch(/^postgres/));
    return;
  }

  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-embedded-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data in the data folder across a stop and a start', async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.url, 'create table kept (v int); insert into kept values (42)');
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    expect(await query(second.url, 'select v from kept')).toEqual([{ v: 42 }]);
    await second.stop();
    expect(fs.existsSync(path.join(dataDir, 'embedded-owner.json'))).toBeFalse();
  }, 60_000);

  it('lets a second process (an import) use the running server without stopping it', async () => {
    const owner = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const script = `import { startEmbeddedPostgres } from './backend/src/db/embedded-postgres.ts';
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: 1 });
      console.log(JSON.stringify({ owned: db.owned, port: db.port })); await db.stop();`;
    const output = await runTsx(script);

    expect(JSON.parse(output)).toEqual({ owned: false, port: owner.port });
    expect(await query(owner.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await owner.stop();
  }, 60_000);

  it('starts again after its owner was killed (no orphan, no stale lock blocks the next start)', async () => {
    const port = await freePort();
    const script = `import { startEmbeddedPostgres } from './backend/src/db/embedded-postgres.ts';
      await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
      console.log('up'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('up') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const next = await startEmbeddedPostgres({ dataDir, port });
    expect(next.owned).toBeTrue();
    expect(await query(next.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await next.stop();
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBeFalse();
  }, 60_000);
});

function runTsx(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(err))));
  });
}
