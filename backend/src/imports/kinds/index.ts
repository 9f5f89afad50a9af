import type { ImportKind } from '../import-kind';
import { communesKind } from './communes';
import { degreeDaysKind } from './degree-days';
import { quartiersKind } from './quartiers';

/** Every data kind `npm run import -- <kind> <file>` and POST /api/v1/imports/<kind> accept. */
export const importKinds: ImportKind<any>[] = [communesKind, quartiersKind, degreeDaysKind];

export function findKind(name: string): ImportKind<any> | undefined {
  return importKinds.find((k) => k.kind === name);
}
