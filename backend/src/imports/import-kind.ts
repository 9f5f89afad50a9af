import type { Knex } from 'knex';

/** One problem found in a file: where (line, column), what (value) and why, in words a finance agent reads. */
export interface ImportIssue {
  line: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface ImportContext {
  commune: string;
  fileName: string;
  db: Knex;
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
  /** What would land, in words (e.g. communes, years, budgets; rows a file holds but the import leaves aside). */
  summary?: Record<string, string>;
}

export interface WriteResult {
  /** Rows inserted or changed. */
  written: number;
  /** Rows already present with the same values (a re-run of the same file leaves them untouched). */
  unchanged: number;
}

/**
 * A data kind the `import` command and the API accept. parse() validates the whole file without writing anything;
 * write() lands the records inside the import's single transaction (all or nothing) and must be idempotent.
 */
export interface ImportKind<R = unknown> {
  kind: string;
  description: string;
  formats: readonly ('csv' | 'xlsx' | 'geojson')[];
  columns: readonly ColumnDoc[];
  parse(file: Buffer, ctx: ImportContext): Promise<ParseResult<R>>;
  write(trx: Knex.Transaction, records: R[], ctx: ImportContext & { importId: number }): Promise<WriteResult>;
  /** Work after the commit, e.g. refreshing a materialized rollup. */
  afterCommit?(db: Knex, ctx: ImportContext): Promise<void>;
  /**
   * The commune a file names itself (e.g. a budget's SIRET), when unambiguous; used when no commune is given. '' for
   * a file that names its communes line by line (e.g. a DGFiP balance): each record then carries its own.
   */
  inferCommune?(file: Buffer, fileName: string, db: Knex): Promise<string | undefined>;
}
