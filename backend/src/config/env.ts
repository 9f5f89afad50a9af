import path from 'node:path';
import { z } from 'zod';
import type { ImportLimits } from './import-limits';

/** Repository root, whatever the current directory: backend/src/config -> ../../.. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  DEMO_SCALE: z.coerce.number().positive().default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAP_TILE_URL: z.string().optional(),
  WEB_DIST: z.string().default('dist/pilotage/browser'),
  // limits of one import (docs/adr/0007): size of one uploaded file, files in one set, rows of one file, characters
  // of one cell, heap of the worker thread that validates an upload
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(4096).default(200),
  IMPORT_MAX_FILES: z.coerce.number().int().min(1).max(100).default(10),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000_000).default(2_000_000),
  IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(100).max(10_000_000).default(5_000),
  IMPORT_WORKER_MEMORY_MB: z.coerce.number().int().min(128).max(65_536).default(1_536),
});

export type Env = Readonly<z.infer<typeof schema> & { dataDir: string; webDist: string; importLimits: ImportLimits }>;

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
    importLimits: Object.freeze({
      maxFileBytes: env.IMPORT_MAX_FILE_MB * 1024 * 1024,
      maxFiles: env.IMPORT_MAX_FILES,
      maxRows: env.IMPORT_MAX_ROWS,
      maxCellChars: env.IMPORT_MAX_CELL_CHARS,
      workerMemoryMb: env.IMPORT_WORKER_MEMORY_MB,
    }),
  });
}
