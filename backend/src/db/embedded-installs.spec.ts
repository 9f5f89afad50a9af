import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as ok')).rows[0].ok === 1;
  } finally {
    await client.end();
  }
}

/**
 * Two installs on one machine (a test copy beside the real one, two communes' demos) each run their embedded
 * PostgreSQL: without EMBEDDED_PG_PORT, each picks a free port and keeps it in its data folder.
 */
describe('embedded PostgreSQL servers of several installs on one machine', () => {
  const folders: string[] = [];
  const folder = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pilotage-${name}-`));
    folders.push(dir);
    return dir;
  };
  afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('start side by side without a port set, each on its own port recorded in its data folder', async () => {
    const [first, second] = [folder('install-a'), folder('install-b')];
    const a = await startEmbeddedPostgres({ dataDir: first });
    const b = await startEmbeddedPostgres({ dataDir: second });
    try {
      expect(a.port).not.toBe(b.port);
      expect([await answers(a.url), await answers(b.url)]).toEqual([true, true]);
      expect(fs.readFileSync(path.join(first, 'embedded-port'), 'utf8').trim()).toBe(String(a.port));
      expect(fs.readFileSync(path.join(second, 'embedded-port'), 'utf8').trim()).toBe(String(b.port));
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('reuse the recorded port at the next start, and move to another one (recorded) when a program took it', async () => {
    const dataDir = folder('install-c');
    const first = await startEmbeddedPostgres({ dataDir });
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir });
    await again.stop();
    expect(again.port).toBe(first.port);

    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(first.port, '127.0.0.1', resolve));
    const warnings: string[] = [];
    try {
      const moved = await startEmbeddedPostgres({ dataDir, log: (m, level) => level === 'warn' && warnings.push(m) });
      await moved.stop();
      expect(moved.port).not.toBe(first.port);
      expect(fs.readFileSync(path.join(dataDir, 'embedded-port'), 'utf8').trim()).toBe(String(moved.port));
      expect(warnings).toEqual([
        `port ${first.port} of the embedded PostgreSQL is taken by another program: using ${moved.port} from now on`,
      ]);
    } finally {
      squatter.close();
    }
  });

  it('tell root, in French and English, what to do when the postgres user cannot reach DATA_DIR', async () => {
    if (process.getuid?.() !== 0) {
      pending('only root runs PostgreSQL as another user');
      return;
    }
    const locked = folder('locked');
    fs.chmodSync(locked, 0o700);
    const dataDir = path.join(locked, 'data');

    await expectAsync(startEmbeddedPostgres({ dataDir })).toBeRejectedWithError(
      new RegExp(
        `qui ne peut pas entrer dans ${locked} \\(au-dessus de DATA_DIR=${dataDir}\\)\\. Choisissez un DATA_DIR.*chmod o\\+x ${locked}.*` +
          `\\n.*cannot enter ${locked}.*set DATABASE_URL`,
      ),
    );
    expect(fs.existsSync(path.join(dataDir, 'pg')))
      .withContext('nothing half-made is left')
      .toBeFalse();
  });
});
