import { z } from 'zod';
import { arrayOf, int, num, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './peers.schemas';
import { indicators } from './peers.schemas';

const indicator = z.enum(indicators);
const unit = z.enum(['eur_per_inhabitant', 'ratio', 'years']);

const peerRow = object({
  indicator,
  unit,
  commune_value: num(
    "The commune's figure (DGFiP's comptes individuels; for partners without one, its own accounts)",
    true,
  ),
  group_average: num(
    "strate: the DGFiP's published strate average; other groups: ratio of sums over the loaded communes",
    true,
  ),
  group_median: num('Median of the group (null under 5 communes)', true),
  group_q1: num('First quartile (null under 5 communes)', true),
  group_q3: num('Third quartile (null under 5 communes)', true),
  group_size: int('Communes of the group loaded with a value'),
  rank: int('1 = highest value of the group; ties share a rank', true),
  source: z.enum(['dgfip', 'compte_administratif']),
  year: int('Accounts year'),
  group_label: str('Strate label, département code or EPCI name; null for partners', true),
});

export const peersContract: Contract = {
  '/budget/peers': {
    get: op({
      id: 'getBudgetPeers',
      tag: 'Budget',
      summary: 'The commune beside its peers: strate, département, EPCI or partner communes (stable contract)',
      description:
        "Public. Euros per inhabitant, fractions (0.123 for 12.3 %) or years. Without year: the latest year of the DGFiP's file for the commune (for partners, of its own accounts too). An empty list when that year has no figure; 404 for an unknown commune.",
      access: 'public',
      query: schemas.peersQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        group:
          "strate: the DGFiP's strate (population class and fiscal regime); departement; epci; partners: the full communes of the database",
      },
      responseDescription: 'One row per indicator (views kpi_budget_peers, kpi_budget_peer_groups)',
      response: arrayOf(peerRow),
    }),
  },
  '/budget/peers/history': {
    get: op({
      id: 'getBudgetPeersHistory',
      tag: 'Budget',
      summary: 'The same comparison for every year (trends)',
      access: 'public',
      query: schemas.historyQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        group:
          "strate: the DGFiP's strate (population class and fiscal regime); departement; epci; partners: the full communes of the database",
        indicator: 'One indicator only',
      },
      responseDescription: 'One row per year and indicator',
      response: arrayOf(peerRow),
    }),
  },
  '/budget/peers/dgfip-comparison': {
    get: op({
      id: 'getBudgetPeersDgfipComparison',
      tag: 'Budget',
      summary: "The commune's own accounts beside the DGFiP's figures of the same year, with the reason of each gap",
      access: 'public',
      query: schemas.vsDgfipQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
      },
      responseDescription: 'One row per year and indicator known from both (view kpi_budget_vs_dgfip)',
      response: arrayOf(
        object({
          year: int(),
          indicator,
          unit,
          own_value: num("From the commune's compte administratif (kpi_budget_ratios)"),
          dgfip_value: num("The DGFiP's comptes individuels"),
          gap: num('own_value - dgfip_value'),
          own_population: int('null when unknown (ratios need no population)', true),
          dgfip_population: int('null when unknown (ratios need no population)', true),
          gap_reason: z.enum(['concordant', 'population', 'encours_dette', 'perimetre', 'autre']),
        }),
      ),
    }),
  },
};
