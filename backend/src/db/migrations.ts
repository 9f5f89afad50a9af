import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { repoRoot } from '../config/env';
import { marts, martSql } from './marts';

const migrationsDir = path.join(repoRoot, 'sql', 'migrations');
const viewsDir = path.join(repoRoot, 'sql', 'views');

/** The schema that holds every staging and KPI view; it is rebuilt whole when a view file changes. */
export const viewsSchema = 'analytics';

interface SqlMigration {
  name: string;
  file: string;
}

/** knex migration source reading `sql/migrations/NNNN__verb_object.sql`, in file-name order. */
const sqlMigrationSource: Knex.MigrationSource<SqlMigration> = {
  async getMigrations() {
    return fs
      .readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => ({ name: f, file: path.join(migrationsDir, f) }));
  },
  getMigrationName: (m) => m.name,
  async getMigration(m) {
    const sql = fs.readFileSync(m.file, 'utf8');
    return {
      up: (db: Knex) => db.raw(escapeBindings(sql)),
      down: () => Promise.reject(new Error('SQL migrations are forward-only: write a new migration instead')),
    };
  },
};

/** Runs pending migrations (under knex's migration lock), then re-applies the views if any view file changed. */
export async function migrate(db: Knex): Promise<{ migrations: string[]; viewsApplied: boolean }> {
  const [, applied] = (await db.migrate.latest({ migrationSource: sqlMigrationSource })) as [number, string[]];
  const viewsApplied = await applyViews(db, applied.length > 0);
  return { migrations: applied, viewsApplied };
}

export function viewFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.sql')) files.push(full);
    }
  };
  if (fs.existsSync(viewsDir)) walk(viewsDir);
  return files;
}

/**
 * Views are code: all of them are dropped and created again in one transaction when their files change (or a
 * migration ran), so a view can change its columns freely; then the marts of backend/src/db/marts.ts are created
 * from them, populated (ADR 0016). A checksum (view files and the list of marts) kept in pilotage_meta skips the work
 * otherwise.
 */
export async function applyViews(db: Knex, force = false): Promise<boolean> {
  const files = viewFiles();
  const checksum = createHash('sha256');
  for (const file of files) checksum.update(path.relative(viewsDir, file)).update(fs.readFileSync(file));
  checksum.update(JSON.stringify(marts));
  const digest = checksum.digest('hex');
  return db.transaction(async (trx) => {
    // JIT compiles every plan of the view definitions: seconds each on a big city, for nothing
    await trx.raw('set local jit = off');
    await trx.raw('create table if not exists pilotage_meta (key text primary key, value text not null)');
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['pilotage:views']);
    const current = await trx('pilotage_meta').where({ key: 'views_checksum' }).first();
    if (!force && current?.value === digest) return false;
    await trx.raw(`drop schema if exists ${viewsSchema} cascade`);
    await trx.raw(`create schema ${viewsSchema}`);
    for (const file of files) {
      try {
        await trx.raw(escapeBindings(fs.readFileSync(file, 'utf8')));
      } catch (error) {
        throw new Error(`View ${path.relative(repoRoot, file)} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    // the marts (backend/src/db/marts.ts) come after every view: each is a materialized copy of one
    for (const mart of marts) {
      for (const statement of martSql(mart)) await trx.raw(statement);
    }
    await trx('pilotage_meta').insert({ key: 'views_checksum', value: digest }).onConflict('key').merge();
    return true;
  });
}

/** knex.raw reads `?` as a binding placeholder; SQL files are run verbatim (jsonb `?` operators included). */
function escapeBindings(sql: string): string {
  return sql.replace(/\?/g, '\\?');
}
