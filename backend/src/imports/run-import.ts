import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { bumpDataVersion } from '../db/data-version';
import { mapPgError } from '../db/pg-errors';
import { queueRefreshAfterChange, tableChanges, touchedTables } from '../db/refresh-marts';
import { audit } from '../audit/audit';
import type {
  ImportContext,
  ImportFile,
  ImportIssue,
  ImportKind,
  ImportSummary,
  ParseResult,
  SiteKind,
} from './import-kind';
import { ImportRefusal, limitVariables, currentLimits, frenchInteger } from './limits';
import { tidyIssues } from './tidy-issues';
import { readTable } from './read-table';
import { formatMismatch, layoutHint } from './sniff';

export interface ImportReport {
  import_id: number | null;
  kind: string;
  commune: string;
  /** The file, or the files of a set joined by ", ". */
  file_name: string;
  /** Every file of the import, in the order given. */
  files: string[];
  /** landed: written whole; refused: nothing written; checked: dry run found no problem, nothing written. */
  status: 'landed' | 'refused' | 'checked';
  rows_read: number;
  rows_written: number;
  rows_unchanged: number;
  /** The first problems (at most 1 000), by file and line; values cut to 60 characters. */
  issues: ImportIssue[];
  /** How many problems were found in all (issues keeps the first ones). */
  issues_total: number;
  /** Notes that did not refuse the file (repeated days resolved, hours marked faulty...). */
  warnings: ImportIssue[];
  /** What landed, or would land (dry run). */
  summary: ImportSummary | null;
  duration_ms: number;
}

export interface ImportOptions {
  commune: string;
  fileName: string;
  importedBy?: string;
  dryRun?: boolean;
  /** Counting files: the mobility type when the file does not say it. */
  siteKind?: SiteKind;
  /** The caller refreshes the materialized relations itself, once (the demo load, after all its files). */
  deferRefresh?: boolean;
  /**
   * When the materialized relations built on what landed are refreshed: before the report ('await', the default),
   * or after it ('background': the report says the rows landed, the figures follow; see refreshesSettled).
   */
  refresh?: 'await' | 'background';
}

/** The most problems a report (and the imports history) keeps; the total is counted apart. */
export const MAX_REPORTED_ISSUES = 1000;

/**
 * Runs one import of one file: see runImportSet. Kept for the callers that hold a single file in memory.
 */
export function runImport(db: Knex, kind: ImportKind, file: Buffer, options: ImportOptions): Promise<ImportReport> {
  return runImportSet(db, kind, [{ name: options.fileName, content: file }], options);
}

/**
 * Runs one import of one file or of a set of files: validate everything, then write it in ONE transaction (all or
 * nothing), serialised with any other import of the same kind and commune (an advisory lock), and record it in
 * `imports` either way. No parser message, SQL text or stack reaches the report: only French reasons.
 */
export async function runImportSet(
  db: Knex,
  kind: ImportKind,
  files: ImportFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const names = files.map((f) => f.name);
  const fileName = names.length > 1 ? names.join(', ') : (names[0] ?? options.fileName);
  const ctx: ImportContext = { commune: options.commune, fileName, db, siteKind: options.siteKind };
  const sha256 = digest(files);
  const report = (partial: Partial<ImportReport>): ImportReport => ({
    import_id: null,
    kind: kind.kind,
    commune: options.commune,
    file_name: fileName,
    files: names,
    status: 'refused',
    rows_read: 0,
    rows_written: 0,
    rows_unchanged: 0,
    issues: [],
    issues_total: 0,
    warnings: [],
    summary: null,
    duration_ms: Date.now() - started,
    ...partial,
  });
  const refuse = (issues: ImportIssue[], rowsRead = 0) => {
    const tidy = tidyIssues(issues, MAX_REPORTED_ISSUES);
    return recordRefusal(
      db,
      report({ rows_read: rowsRead, issues: tidy.kept, issues_total: tidy.total }),
      sha256,
      options,
    );
  };

  const commune = await db('communes').where({ insee_code: options.commune }).first('insee_code', 'is_reference');
  // '' : the file names its communes line by line (the `communes` kind, a DGFiP balance, the national comptes individuels)
  if (!commune && options.commune !== '') {
    const issues = [
      {
        line: null,
        column: null,
        value: options.commune,
        reason: "commune inconnue : importez-la d'abord (kind communes) ou vérifiez le code INSEE",
      },
    ];
    return report({ issues, issues_total: 1 });
  }
  const tooMany = files.length > currentLimits().maxFiles;
  const mismatches = files.flatMap((f) => {
    const reason = formatMismatch(kind, f.content);
    return reason ? [{ line: null, column: null, value: null, reason, file: f.name }] : [];
  });
  if (tooMany || mismatches.length > 0) {
    const limit = {
      line: null,
      column: null,
      value: null,
      reason: `trop de fichiers pour un seul import (${files.length} ; au plus ${frenchInteger(currentLimits().maxFiles)}, limite ${limitVariables.maxFiles})`,
    };
    return refuse(tooMany ? [limit, ...mismatches] : mismatches);
  }
  if (commune?.is_reference && kind.kind !== 'communes' && !kind.national) {
    const reason =
      "commune connue seulement par le fichier national de la DGFiP : importez-la d'abord (kind communes) pour la suivre";
    return report({ issues: [{ line: null, column: null, value: options.commune, reason }], issues_total: 1 });
  }

  let parsed: ParseResult<unknown>;
  try {
    parsed = await parseFiles(kind, files, ctx);
  } catch (error) {
    return refuse(unreadable(error, undefined));
  }
  const rowsRead = parsed.records.length + new Set(parsed.issues.map((i) => `${i.file ?? ''}:${i.line}`)).size;
  if (parsed.issues.length > 0)
    return refuse([...parsed.issues, ...(await missingColumnHints(kind, files, parsed.issues))], rowsRead);
  const warnings = tidyIssues(parsed.warnings ?? [], MAX_REPORTED_ISSUES).kept;
  const summary = parsed.summary ?? kind.summarize?.(parsed.records, ctx) ?? { rows: parsed.records.length };
  // a kind that summarises while parsing counts the file's lines itself (a line may hold several records)
  const linesRead = parsed.summary?.rows ?? parsed.records.length;
  if (options.dryRun) return report({ status: 'checked', rows_read: linesRead, warnings, summary });

  try {
    const landed = await db.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`import:${kind.kind}:${options.commune}`]);
      const before = await tableChanges(trx);
      const [{ id }] = await trx('imports')
        .insert({
          kind: kind.kind,
          commune_insee: options.commune || null,
          file_name: fileName.slice(0, 1000),
          file_sha256: sha256,
          status: 'running',
          rows_read: linesRead,
          imported_by: options.importedBy ?? 'cli',
        })
        .returning('id');
      const result = await kind.write(trx, parsed.records, { ...ctx, importId: id });
      await trx('imports')
        .where({ id })
        .update({ status: 'landed', rows_written: result.written, finished_at: trx.raw('clock_timestamp()') });
      await audit(trx, {
        actor: options.importedBy ?? 'cli',
        action: 'import',
        commune: options.commune || null,
        target: `${kind.kind}:${fileName}`.slice(0, 1000),
        details: {
          import_id: id,
          rows_written: result.written,
          rows_unchanged: result.unchanged,
          sha256,
          files: names,
        },
      });
      const touched = await touchedTables(trx, before);
      await bumpDataVersion(trx);
      return { id, ...result, touched };
    });
    // the marts built on what the import changed, concurrently (readers never wait), then a new data version
    const refreshing = options.deferRefresh ? undefined : queueRefreshAfterChange(db, landed.touched);
    await kind.afterCommit?.(db, ctx);
    if (options.refresh !== 'background') await refreshing?.catch(() => undefined);
    return report({
      import_id: landed.id,
      status: 'landed',
      rows_read: linesRead,
      rows_written: landed.written,
      rows_unchanged: landed.unchanged,
      warnings,
      summary,
    });
  } catch (error) {
    const mapped = mapPgError(error);
    // the database's own words (English, SQL, key values) stay in the server's logs, never in the report
    const reason = mapped
      ? `écriture refusée par la base de données : ${mapped.message.charAt(0).toLowerCase()}${mapped.message.slice(1)} ; rien n'a été écrit`
      : "écriture impossible (erreur interne) : rien n'a été écrit ; réessayez, et signalez-le si cela se reproduit";
    return refuse([{ line: null, column: null, value: null, reason }], parsed.records.length);
  }
}

/**
 * For each file whose header lacks a required column: one sentence on what the file looks like instead (another
 * kind's layout, an XLSX's first sheet), after the columns said missing. Only for files of a reasonable size (the
 * header is read again).
 */
async function missingColumnHints(
  kind: ImportKind,
  files: ImportFile[],
  issues: ImportIssue[],
): Promise<ImportIssue[]> {
  const missing = issues.filter(
    (i) => i.line === 1 && i.column !== null && i.reason.startsWith('colonne obligatoire absente'),
  );
  if (missing.length === 0) return [];
  const { importKinds } = await import('./kinds');
  const hints: ImportIssue[] = [];
  for (const file of files) {
    if (files.length > 1 && !missing.some((i) => i.file === file.name)) continue;
    if (file.content.length > 20 * 1024 * 1024) continue;
    try {
      const { header } = await readTable(file.content, file.name);
      const hint = layoutHint(kind, file.content, header, importKinds);
      if (hint)
        hints.push({
          line: 1,
          column: null,
          value: null,
          reason: hint,
          ...(files.length > 1 ? { file: file.name } : {}),
        });
    } catch {
      // a header that cannot be read again says nothing more
    }
  }
  return hints;
}

/** One file: the kind's parse. Several: the kind's parseSet, or each file parsed alone, issues marked with their file. */
async function parseFiles(kind: ImportKind, files: ImportFile[], ctx: ImportContext): Promise<ParseResult<unknown>> {
  if (files.length === 1) return kind.parse(files[0].content, { ...ctx, fileName: files[0].name });
  if (kind.parseSet) return kind.parseSet(files, ctx);
  const result: ParseResult<unknown> = { records: [], issues: [], warnings: [] };
  for (const file of files) {
    try {
      const one = await kind.parse(file.content, { ...ctx, fileName: file.name });
      for (const record of one.records) result.records.push(record);
      result.issues.push(...one.issues.map((i) => ({ ...i, file: file.name })));
      result.warnings!.push(...(one.warnings ?? []).map((i) => ({ ...i, file: file.name })));
    } catch (error) {
      result.issues.push(...unreadable(error, file.name));
    }
  }
  return result;
}

/** A file the reader could not go through: the refusal's own issues, or a French sentence for any other error. */
function unreadable(error: unknown, file: string | undefined): ImportIssue[] {
  const issues: ImportIssue[] =
    error instanceof ImportRefusal
      ? error.issues
      : [
          {
            line: null,
            column: null,
            value: null,
            reason:
              error instanceof SyntaxError
                ? 'fichier illisible : le JSON est mal formé (accolade, virgule ou guillemet manquant)'
                : 'fichier illisible : le contenu ne correspond pas au format attendu (vérifiez le type d’import et l’export)',
          },
        ];
  return file ? issues.map((i) => ({ file, ...i })) : issues;
}

function digest(files: ImportFile[]): string {
  if (files.length === 1) return createHash('sha256').update(files[0].content).digest('hex');
  const hash = createHash('sha256');
  for (const f of files) hash.update(createHash('sha256').update(f.content).digest('hex'));
  return hash.digest('hex');
}

async function recordRefusal(
  db: Knex,
  report: ImportReport,
  sha256: string,
  options: ImportOptions,
): Promise<ImportReport> {
  if (options.dryRun) return report;
  const known = await db('communes').where({ insee_code: options.commune }).first('insee_code');
  const [{ id }] = await db('imports')
    .insert({
      kind: report.kind,
      commune_insee: known ? options.commune : null,
      file_name: report.file_name.slice(0, 1000),
      file_sha256: sha256,
      status: 'refused',
      rows_read: report.rows_read,
      errors: JSON.stringify(report.issues),
      imported_by: options.importedBy ?? 'cli',
      finished_at: db.raw('clock_timestamp()'),
    })
    .returning('id');
  await audit(db, {
    actor: options.importedBy ?? 'cli',
    action: 'import.refused',
    commune: known ? options.commune : null,
    target: `${report.kind}:${report.file_name}`.slice(0, 1000),
    details: { import_id: id, issues: report.issues_total },
  });
  return { ...report, import_id: id };
}
