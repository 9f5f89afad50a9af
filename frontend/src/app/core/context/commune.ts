import type { ApiRow } from '../../api';

/** A commune as `GET /api/v1/communes` lists it (its population is null when the communes file gave none). */
export type Commune = ApiRow<'getCommunes'>;
