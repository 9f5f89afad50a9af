import type { ImportKind } from '../import-kind';
import { budgetKind } from './budget';
import { buildingsKind } from './buildings';
import { communesKind } from './communes';
import { comptesIndividuelsKind } from './comptes-individuels';
import { countingSitesKind } from './counting-sites';
import { countsKind } from './counts';
import { debtKind } from './debt';
import { degreeDaysKind } from './degree-days';
import { interventionsKind } from './interventions';
import { premisesKind } from './premises';
import { programmesKind } from './programmes';
import { quartiersKind } from './quartiers';
import { readingsKind } from './readings';

/** Every data kind `npm run import -- <kind> <file>` and POST /api/v1/imports/<kind> accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kinds of different records in one list
export const importKinds: ImportKind<any>[] = [
  communesKind,
  quartiersKind,
  degreeDaysKind,
  buildingsKind,
  readingsKind,
  premisesKind,
  countingSitesKind,
  countsKind,
  interventionsKind,
  budgetKind,
  debtKind,
  programmesKind,
  comptesIndividuelsKind,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the record type depends on the name
export function findKind(name: string): ImportKind<any> | undefined {
  return importKinds.find((k) => k.kind === name);
}
