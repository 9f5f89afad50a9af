import { Worker } from 'node:worker_threads';
import type { ImportIssue } from './import-kind';
import type { WorkerJob } from './import-worker';
import { frenchInteger, limitVariables } from './limits';
import type { ImportReport } from './run-import';

/** Imports run over HTTP at the same time; the next ones wait their turn (each may hold a worker's full heap). */
const MAX_RUNNING = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** Where the worker's code is: .ts beside this file under tsx (dev, tests), .js once compiled. */
const workerUrl = new URL(`./import-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Runs an import (validation and, unless a dry run, the write) in a worker thread with a capped heap, so the server
 * keeps answering everyone else (/health included) while a large file is read. Resolves with the import's report;
 * a worker that runs out of memory gives a refusal naming IMPORT_WORKER_MEMORY_MB.
 */
export async function runImportInWorker(job: WorkerJob): Promise<ImportReport> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<ImportReport>((resolve, reject) => {
      const worker = new Worker(workerUrl, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: job.limits.workerMemoryMb },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      worker.once('message', (message: { report?: ImportReport; error?: string }) => {
        settled = true;
        if (message.report) resolve(message.report);
        else reject(new Error(message.error ?? 'import worker failed'));
      });
      worker.once('error', (error: Error & { code?: string }) => {
        if (settled) return;
        settled = true;
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(outOfMemory(job));
        else reject(error);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`import worker exited with code ${code}`));
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function outOfMemory(job: WorkerJob): ImportReport {
  const names = job.files.map((f) => f.name);
  const issue: ImportIssue = {
    line: null,
    column: null,
    value: null,
    reason:
      `fichier trop volumineux pour la mémoire réservée aux imports (${frenchInteger(job.limits.workerMemoryMb)} Mo, ` +
      `limite ${limitVariables.workerMemoryMb}) : découpez-le (par exemple par année) ; rien n'a été écrit`,
  };
  return {
    import_id: null,
    kind: job.kind,
    commune: job.options.commune,
    file_name: names.join(', '),
    files: names,
    status: 'refused',
    rows_read: 0,
    rows_written: 0,
    rows_unchanged: 0,
    issues: [issue],
    issues_total: 1,
    warnings: [],
    summary: null,
    duration_ms: 0,
  };
}
