/**
 * The worker thread an import sent over HTTP runs in (run-in-worker.ts): parsing and validating a million lines
 * takes seconds of CPU, which here never hold the server's event loop, and its heap is capped, so a file too big
 * for memory ends this thread, not the server. It opens its own small pool to the same database.
 */
import fs from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/database';
import { refreshesSettled } from '../db/refresh-marts';
import { findKind } from './kinds';
import { withLimits, type ImportLimits } from './limits';
import { runImportSet, type ImportOptions } from './run-import';

export interface WorkerJob {
  databaseUrl: string;
  kind: string;
  files: { name: string; path: string }[];
  options: ImportOptions;
  limits: ImportLimits;
}

async function run(job: WorkerJob) {
  const kind = findKind(job.kind);
  if (!kind) throw new Error(`unknown kind ${job.kind}`);
  const db = await openDatabase({ databaseUrl: job.databaseUrl, dataDir: '', embeddedPort: 0, poolMax: 2 });
  try {
    const files: { name: string; content: Buffer }[] = [];
    for (const f of job.files) files.push({ name: f.name, content: await fs.readFile(f.path) });
    // the report leaves as soon as the rows landed; the marts are refreshed after it, before the thread ends
    const report = await withLimits(job.limits, () =>
      runImportSet(db.knex, kind, files, { ...job.options, refresh: 'background' }),
    );
    parentPort!.postMessage({ report });
    await refreshesSettled();
  } finally {
    await db.close();
  }
}

run(workerData as WorkerJob).catch((error: Error) => parentPort!.postMessage({ error: error.message }));
