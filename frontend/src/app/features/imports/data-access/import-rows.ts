import type { ApiResponse, ApiRow } from '../../../api';

/** An import kind with its documented columns (`GET /api/v1/imports/kinds`). */
export type ImportKindDoc = ApiRow<'getImportsKinds'>;
export type ImportColumn = ImportKindDoc['columns'][number];

/**
 * What `POST /api/v1/imports/<kind>` answers (200 landed or checked, 422 refused: nothing written): the rows read and
 * written, the problems found (`issues` keeps the first 1 000 of `issues_total`), the notes that did not refuse the
 * file (`warnings`), and what would land or landed (`summary`).
 */
export type ImportReport = ApiResponse<'importFile'>;
/** One problem of a file: where (line, column), what (value) and why, in French; `file`: which file of a set. */
export type ImportIssue = ImportReport['issues'][number];
export type ImportSummary = NonNullable<ImportReport['summary']>;

/** One line of the history (`GET /api/v1/imports?commune=`), latest first; `issues`: problems of a refused file. */
export type ImportRecord = ApiRow<'getImports'>;
export type ImportStatus = ImportRecord['status'];

/** `POST /api/v1/imports/:id/rollback` */
export type RollbackResult = ApiResponse<'rollbackImport'>;

export function isImportReport(body: unknown): body is ImportReport {
  const report = body as ImportReport | null;
  return typeof report?.status === 'string' && Array.isArray(report.issues);
}
