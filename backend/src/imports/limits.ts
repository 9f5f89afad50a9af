import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultLimits, type ImportLimits } from '../config/import-limits';
import type { ImportIssue } from './import-kind';

export { defaultLimits, limitVariables, type ImportLimits } from '../config/import-limits';

const current = new AsyncLocalStorage<ImportLimits>();

/** Runs an import with these limits: the readers (read-table) find them without every kind passing them along. */
export function withLimits<T>(limits: ImportLimits, run: () => Promise<T>): Promise<T> {
  return current.run(limits, run);
}

export function currentLimits(): ImportLimits {
  return current.getStore() ?? defaultLimits;
}

/** A file refused before its rows are read to the end (a limit, an unreadable layout): the import stops there. */
export class ImportRefusal extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues.map((i) => i.reason).join(' ; '));
    this.name = 'ImportRefusal';
  }
}

export const frenchInteger = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
