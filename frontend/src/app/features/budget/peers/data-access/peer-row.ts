/** One row of GET /api/v1/budget/peers (the public contract; see the API's OpenAPI document). */
export interface PeerRow {
  indicator: string;
  unit: 'eur_per_inhabitant' | 'ratio' | 'years';
  commune_value: number | null;
  group_average: number | null;
  group_median: number | null;
  group_q1: number | null;
  group_q3: number | null;
  group_size: number;
  rank: number | null;
  source: 'dgfip' | 'compte_administratif';
  year: number;
  group_label: string | null;
}

export type PeerGroup = 'strate' | 'departement' | 'epci' | 'partners';
export const PEER_GROUPS: readonly PeerGroup[] = ['strate', 'departement', 'epci', 'partners'];

/** One row of GET /api/v1/budget/peers/dgfip-comparison: the commune's own ratio beside the DGFiP's. */
export interface DgfipComparisonRow {
  year: number;
  indicator: string;
  unit: PeerRow['unit'];
  own_value: number;
  dgfip_value: number;
  gap: number;
  own_population: number | null;
  dgfip_population: number | null;
  gap_reason: 'concordant' | 'population' | 'encours_dette' | 'perimetre' | 'autre';
}
