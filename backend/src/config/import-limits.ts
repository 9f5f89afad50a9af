/**
 * What one import may hold, set by the operator (IMPORT_* environment variables, README): a file or a set of files
 * above these sizes is refused with a French note that names the limit, never by running the server out of memory.
 */
export interface ImportLimits {
  /** Bytes of one uploaded file. */
  maxFileBytes: number;
  /** Files in one import (a set that lands all or nothing). */
  maxFiles: number;
  /** Data rows of one file (header excluded). */
  maxRows: number;
  /** Characters of one cell. */
  maxCellChars: number;
  /** Heap of the worker thread that validates and writes an import sent over HTTP, in MB. */
  workerMemoryMb: number;
}

export const defaultLimits: ImportLimits = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxFiles: 10,
  maxRows: 2_000_000,
  maxCellChars: 5_000,
  workerMemoryMb: 1_536,
});

/** The environment variable behind each limit, named in refusals so that an operator knows what to raise. */
export const limitVariables: Record<keyof ImportLimits, string> = {
  maxFileBytes: 'IMPORT_MAX_FILE_MB',
  maxFiles: 'IMPORT_MAX_FILES',
  maxRows: 'IMPORT_MAX_ROWS',
  maxCellChars: 'IMPORT_MAX_CELL_CHARS',
  workerMemoryMb: 'IMPORT_WORKER_MEMORY_MB',
};
