import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { ImportLimits } from './import-limits';

/**
 * Repository root, whatever the current directory and whether this runs from the sources (backend/src/config) or
 * from the compiled bundle (dist/backend): the nearest folder above that holds sql/migrations.
 */
export const repoRoot = findRoot(import.meta.dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'sql', 'migrations'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..', '..');
  }
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default('./data'),
  /** Unset: a free port is picked at the first start and kept in DATA_DIR/embedded-port (two installs never clash). */
  EMBEDDED_PG_PORT: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(1024).max(65535).optional(),
  ),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  DEMO_SCALE: z.coerce.number().positive().default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAP_TILE_URL: z.string().optional(),
  WEB_DIST: z.string().default('dist/pilotage/browser'),
  /** Which reverse proxies' X-Forwarded-For / X-Forwarded-Proto are believed: none by default (see trustProxy). */
  TRUST_PROXY: z
    .string()
    .default('none')
    .refine(
      isTrustProxy,
      'doit valoir none, loopback, linklocal, uniquelocal, un nombre de proxys ou des adresses IP / CIDR séparées par des virgules',
    ),
  // limits of one import (docs/adr/0007): size of one uploaded file, files in one set, rows of one file, characters
  // of one cell, heap of the worker thread that validates an upload
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(4096).default(200),
  IMPORT_MAX_FILES: z.coerce.number().int().min(1).max(100).default(10),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000_000).default(2_000_000),
  IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(100).max(10_000_000).default(5_000),
  IMPORT_WORKER_MEMORY_MB: z.coerce.number().int().min(128).max(65_536).default(1_536),
});

export type Env = Readonly<
  z.infer<typeof schema> & { dataDir: string; webDist: string; trustProxy: TrustProxy; importLimits: ImportLimits }
>;

/** Express's `trust proxy` setting: false (believe no proxy), a hop count, or addresses and named ranges. */
export type TrustProxy = false | number | string[];

const namedRanges = ['loopback', 'linklocal', 'uniquelocal'];

function isTrustProxy(value: string): boolean {
  return parseTrustProxy(value) !== undefined;
}

/**
 * TRUST_PROXY as Express reads it. `none` (default): the app is reached directly, X-Forwarded-* headers are ignored
 * (anyone can write them). Behind a reverse proxy, name it: `loopback` (same machine), its address or CIDR, several
 * separated by commas, or a hop count. `true` (believe anyone) is refused: it would let any client pick its address.
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'none' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const items = text.split(',').map((item) => item.trim());
  const valid = items.every((item) => namedRanges.includes(item) || isAddressOrRange(item));
  return valid && items.length > 0 ? items : undefined;
}

function isAddressOrRange(item: string): boolean {
  const [address, bits, ...rest] = item.split('/');
  if (rest.length || net.isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(address) ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

/** zod's messages in French here too: the command lines read the environment before anything else is loaded. */
const french = z.locales.fr().localeError;

/** Reads and validates the environment once; fails fast with every problem listed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source, { error: french });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')} : ${i.message}`).join('\n');
    throw new Error(`Configuration invalide (variables d'environnement) :\n${problems}`);
  }
  const env = parsed.data;
  return Object.freeze({
    ...env,
    dataDir: path.resolve(repoRoot, env.DATA_DIR),
    webDist: path.resolve(repoRoot, env.WEB_DIST),
    trustProxy: parseTrustProxy(env.TRUST_PROXY)!,
    importLimits: Object.freeze({
      maxFileBytes: env.IMPORT_MAX_FILE_MB * 1024 * 1024,
      maxFiles: env.IMPORT_MAX_FILES,
      maxRows: env.IMPORT_MAX_ROWS,
      maxCellChars: env.IMPORT_MAX_CELL_CHARS,
      workerMemoryMb: env.IMPORT_WORKER_MEMORY_MB,
    }),
  });
}
