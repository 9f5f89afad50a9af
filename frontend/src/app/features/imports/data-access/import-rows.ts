import type { ApiResponse, ApiRow } from '../../../api';

/** One documented column of an import kind (`GET /api/v1/imports/kinds`). */
export type ImportColumn = ImportKindDoc['columns'][number];

export type ImportKindDoc = ApiRow<'getImportsKinds'>;

/** One problem of a file: where (line, column), what (value) and why, in French. */
export type ImportIssue = ImportReport['issues'][number];

/** What `POST /api/v1/imports/<kind>` answers (200 landed or checked, 422 refused: nothing written). */
export type ImportReport = ApiResponse<'importFile'>;

export type ImportStatus = ImportRecord['status'];

/** One line of the history (`GET /api/v1/imports?commune=`), latest first. */
export type ImportRecord = ApiRow<'getImports'>;

export type RollbackResult = ApiResponse<'rollbackImport'>;

export function isImportReport(body: unknown): body is ImportReport {
  const report = body as ImportReport | null;
  return typeof report?.status === 'string' && Array.isArray(report.issues);
}
