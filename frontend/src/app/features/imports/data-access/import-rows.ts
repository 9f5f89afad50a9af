/** One documented column of an import kind (`GET /api/v1/imports/kinds`). */
export interface ImportColumn {
  name: string;
  required: boolean;
  description: string;
  aliases?: string[];
}

export interface ImportKindDoc {
  kind: string;
  description: string;
  formats: string[];
  columns: ImportColumn[];
}

/** One problem of a file: where (line, column), what (value) and why, in French. */
export interface ImportIssue {
  line: number | null;
  column: string | null;
  value: string | null;
  reason: string;
  /** The file of a set the problem is in (several files sent together). */
  file?: string;
}

/** What would land (a dry run) or landed: rows, communes, years, sites, rows per kind, notes of the kind. */
export interface ImportSummary {
  rows: number;
  communes?: string[];
  years?: number[];
  sites?: number;
  /** Rows (or sites) per kind: budget documents, kinds of mobility... */
  kinds?: Record<string, number>;
  notes?: string[];
}

/** What `POST /api/v1/imports/<kind>` answers (200 landed or checked, 422 refused: nothing written). */
export interface ImportReport {
  import_id: number | null;
  kind: string;
  commune: string;
  file_name: string;
  status: 'landed' | 'refused' | 'checked';
  rows_read: number;
  rows_written: number;
  rows_unchanged: number;
  issues: ImportIssue[];
  /** Problems found in all (issues keeps the first 1 000); absent from older servers. */
  issues_total?: number;
  /** Every file of the import (a set sent together), in the order given. */
  files?: string[];
  /** Notes that did not refuse the file (repeated days resolved, third-party operations merged...). */
  warnings?: ImportIssue[];
  summary?: ImportSummary | null;
  duration_ms: number;
}

export type ImportStatus = 'running' | 'landed' | 'refused' | 'rolled_back';

/** One line of the history (`GET /api/v1/imports?commune=`), latest first. */
export interface ImportRecord {
  id: number;
  kind: string;
  commune_insee: string | null;
  file_name: string;
  status: ImportStatus;
  rows_read: number;
  rows_written: number;
  imported_by: string;
  started_at: string;
  finished_at: string | null;
  /** Number of problems recorded for a refused file. */
  issues: number;
}

export interface RollbackResult {
  import_id: number;
  status: 'rolled_back';
  restored: number;
  deleted: number;
}

export function isImportReport(body: unknown): body is ImportReport {
  const report = body as ImportReport | null;
  return typeof report?.status === 'string' && Array.isArray(report.issues);
}
