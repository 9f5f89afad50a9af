import type { ApiQuery, ApiRow } from '../../../../api';

/** One row of GET /api/v1/budget/peers (the public contract; see the API's OpenAPI document). */
export type PeerRow = ApiRow<'getBudgetPeers'>;

export type PeerGroup = NonNullable<ApiQuery<'getBudgetPeers'>['group']>;
export const PEER_GROUPS: readonly PeerGroup[] = ['strate', 'departement', 'epci', 'partners'];

/** One row of GET /api/v1/budget/peers/dgfip-comparison: the commune's own ratio beside the DGFiP's. */
export type DgfipComparisonRow = ApiRow<'getBudgetPeersDgfipComparison'>;
