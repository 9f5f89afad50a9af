import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { mapPgError } from '../db/pg-errors';
import { audit } from '../modules/audit/audit';
import type { ImportIssue, ImportKind, ImportSummary } from './import-kind';

export interface ImportReport {
  import_id: number | null;
  kind: string;
  commune: string;
  file_name: string;
  /** landed: written whole; refused: nothing written; checked: dry run found no problem, nothing written. */
  status: 'landed' | 'refused' | 'checked';
  rows_read: number;
  rows_written: number;
  rows_unchanged: number;
  issues: ImportIssue[];
  /** Notes that did not refuse the file (months left out, polygons of other communes...). */
  warnings?: ImportIssue[];
  /** What landed, or would land (dry run). */
  summary?: ImportSummary | null;
  duration_ms: number;
}

export interface ImportOptions {
  commune: string;
  fileName: string;
  importedBy?: string;
  dryRun?: boolean;
}

/**
 * Runs one import: validate the whole file, then write it in ONE transaction (all or nothing), serialised with any
 * other import of the same kind and commune (an advisory lock), and record it in `imports` either way.
 */
export async function runImport(db: Knex, kind: ImportKind, file: Buffer, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const ctx = { commune: options.commune, fileName: options.fileName, db };
  const sha256 = createHash('sha256').update(file).digest('hex');
  const report = (partial: Partial<ImportReport>): ImportReport => ({
    import_id: null, kind: kind.kind, commune: options.commune, file_name: options.fileName, status: 'refused',
    rows_read: 0, rows_written: 0, rows_unchanged: 0, issues: [], duration_ms: Date.now() - started, ...partial,
  });

  const commune = await db('communes').where({ insee_code: options.commune }).first('insee_code', 'is_reference');
  // '' : the file names its communes line by line (the `communes` kind, a DGFiP balance, the national comptes individuels)
  if (!commune && options.commune !== '') {
    const issues = [{ line: null, column: null, value: options.commune, reason: 'commune inconnue : importez-la d\'abord (kind communes) ou vérifiez le code INSEE' }];
    return report({ issues });
  }
  if (commune?.is_reference && kind.kind !== 'communes' && !kind.national) {
    const reason = 'commune connue seulement par le fichier national de la DGFiP : importez-la d\'abord (kind communes) pour la suivre';
    return report({ issues: [{ line: null, column: null, value: options.commune, reason }] });
  }

  let parsed;
  try {
    parsed = await kind.parse(file, ctx);
  } catch (error) {
    const issues = [{ line: null, column: null, value: null, reason: `fichier illisible : ${(error as Error).message}` }];
    return recordRefusal(db, report({ issues }), sha256, options);
  }
  const rowsRead = parsed.records.length + new Set(parsed.issues.map((i) => i.line)).size;
  if (parsed.issues.length > 0) {
    return recordRefusal(db, report({ rows_read: rowsRead, issues: sortIssues(parsed.issues) }), sha256, options);
  }
  const summary = kind.summarize?.(parsed.records, ctx) ?? null;
  const warnings = parsed.warnings ?? [];
  if (options.dryRun) return report({ status: 'checked', rows_read: parsed.records.length, summary, warnings });

  try {
    const landed = await db.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`import:${kind.kind}:${options.commune}`]);
      const [{ id }] = await trx('imports')
        .insert({
          kind: kind.kind, commune_insee: options.commune || null, file_name: options.fileName,
          file_sha256: sha256, status: 'running', rows_read: parsed.records.length, imported_by: options.importedBy ?? 'cli',
        })
        .returning('id');
      const result = await kind.write(trx, parsed.records, { ...ctx, importId: id });
      await trx('imports').where({ id }).update({ status: 'landed', rows_written: result.written, finished_at: trx.raw('clock_timestamp()') });
      await audit(trx, {
        actor: options.importedBy ?? 'cli', action: 'import', commune: options.commune || null, target: `${kind.kind}:${options.fileName}`,
        details: { import_id: id, rows_written: result.written, rows_unchanged: result.unchanged, sha256 },
      });
      return { id, ...result };
    });
    await kind.afterCommit?.(db, ctx);
    return report({
      import_id: landed.id, status: 'landed', rows_read: parsed.records.length,
      rows_written: landed.written, rows_unchanged: landed.unchanged, summary, warnings,
    });
  } catch (error) {
    const mapped = mapPgError(error);
    // the database's own words (English, SQL, key values) stay in the server's logs, never in the report
    const reason = mapped
      ? `écriture refusée par la base de données : ${mapped.message.charAt(0).toLowerCase()}${mapped.message.slice(1)} ; rien n'a été écrit`
      : "écriture impossible (erreur interne) : rien n'a été écrit ; réessayez, et signalez-le si cela se reproduit";
    return recordRefusal(db, report({ rows_read: parsed.records.length, issues: [{ line: null, column: null, value: null, reason }] }), sha256, options);
  }
}

async function recordRefusal(db: Knex, report: ImportReport, sha256: string, options: ImportOptions): Promise<ImportReport> {
  if (options.dryRun) return report;
  const known = await db('communes').where({ insee_code: options.commune }).first('insee_code');
  const [{ id }] = await db('imports')
    .insert({
      kind: report.kind, commune_insee: known ? options.commune : null, file_name: options.fileName, file_sha256: sha256,
      status: 'refused', rows_read: report.rows_read, errors: JSON.stringify(report.issues.slice(0, 1000)),
      imported_by: options.importedBy ?? 'cli', finished_at: db.raw('clock_timestamp()'),
    })
    .returning('id');
  await audit(db, {
    actor: options.importedBy ?? 'cli', action: 'import.refused', commune: known ? options.commune : null,
    target: `${report.kind}:${options.fileName}`, details: { import_id: id, issues: report.issues.length },
  });
  return { ...report, import_id: id };
}

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
