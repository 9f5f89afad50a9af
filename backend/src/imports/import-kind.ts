import type { Knex } from 'knex';

/** One problem found in a file: where (line, column), what (value) and why, in words a finance agent reads. */
export interface ImportIssue {
  line: number | null;
  column: string | null;
  value: string | null;
  reason: string;
  /** The file of a set the problem is in (set by the framework when an import has several files). */
  file?: string;
}

/** The mobility a counting file measures, when the file does not say it (`--kind bike`, `?kind=bike`). */
export type SiteKind = 'pedestrian' | 'bike' | 'car' | 'facility';

export interface ImportContext {
  commune: string;
  fileName: string;
  db: Knex;
  /** Counting files: the mobility type given by the person importing (the file's own type wins). */
  siteKind?: SiteKind;
}

export interface ColumnDoc {
  name: string;
  required: boolean;
  description: string;
  aliases?: readonly string[];
}

export interface ParseResult<R> {
  records: R[];
  issues: ImportIssue[];
  /** Notes that do not refuse the file (e.g. a repeated day resolved by a documented rule); shown in the report. */
  warnings?: ImportIssue[];
  /** What would land, when the kind knows it best while parsing (else summarize(), else the row count). */
  summary?: ImportSummary;
}

/** One file of an import, as read from the upload or the command line. */
export interface ImportFile {
  name: string;
  content: Buffer;
}

/** What a file (or set) would land, printed by a dry run: rows, communes, years, sites, kinds of mobility... */
export interface ImportSummary {
  rows: number;
  communes?: string[];
  years?: number[];
  sites?: number;
  /** Rows (or sites) per kind: mobility types, budget documents... */
  kinds?: Record<string, number>;
  /** Short sentences for what does not fit above (layouts recognised, hours marked faulty...). */
  notes?: string[];
}

export interface WriteResult {
  /** Rows inserted or changed. */
  written: number;
  /** Rows already present with the same values (a re-run of the same file leaves them untouched). */
  unchanged: number;
}

export type ImportFormat = 'csv' | 'xlsx' | 'geojson' | 'xml';

/**
 * A data kind the `import` command and the API accept. parse() validates the whole file without writing anything;
 * write() lands the records inside the import's single transaction (all or nothing) and must be idempotent.
 * Several files given at once are one set: parseSet() when the kind reads them together (counting sites, channels
 * and measures), otherwise each file is parsed alone and all are written in the same transaction.
 */
export interface ImportKind<R = unknown> {
  kind: string;
  description: string;
  formats: readonly ImportFormat[];
  columns: readonly ColumnDoc[];
  /** A national file (every commune of France): no --commune, the import belongs to no commune. */
  national?: boolean;
  parse(file: Buffer, ctx: ImportContext): Promise<ParseResult<R>>;
  /** Reads several files as one set (issues carry their `file`); optional. */
  parseSet?(files: ImportFile[], ctx: ImportContext): Promise<ParseResult<R>>;
  write(trx: Knex.Transaction, records: R[], ctx: ImportContext & { importId: number }): Promise<WriteResult>;
  /** What the records would land, for a dry run's report; optional (the row count otherwise). */
  summarize?(records: R[], ctx: ImportContext): ImportSummary;
  /**
   * Work after the commit. Not for refreshing materialized views: the refresh registry (backend/src/db/refresh-marts.ts)
   * refreshes those built on the tables the import touched.
   */
  afterCommit?(db: Knex, ctx: ImportContext): Promise<void>;
  /**
   * The commune a file names itself (e.g. a budget's SIRET), when unambiguous; used when no commune is given. '' for
   * a file that names its communes line by line (e.g. a DGFiP balance): each record then carries its own.
   */
  inferCommune?(file: Buffer, fileName: string, db: Knex): Promise<string | undefined>;
}
