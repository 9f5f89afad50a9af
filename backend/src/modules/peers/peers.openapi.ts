import {
  arrayOf,
  communeParam,
  get,
  int,
  jsonResponse,
  num,
  object,
  queryParam,
  str,
  yearParam,
} from '../../openapi/helpers';
import { groupKinds, indicators } from './peers.schemas';

const groupParam = queryParam(
  'group',
  { type: 'string', enum: [...groupKinds], default: 'strate' },
  "strate: the DGFiP's strate (population class and fiscal regime); departement; epci; partners: the full communes of the database",
  false,
);
const indicator = { type: 'string', enum: [...indicators] };
const unit = { type: 'string', enum: ['eur_per_inhabitant', 'ratio', 'years'] };

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
  rank: { type: ['integer', 'null'], description: '1 = highest value of the group; ties share a rank' },
  source: { type: 'string', enum: ['dgfip', 'compte_administratif'] },
  year: int('Accounts year'),
  group_label: str('Strate label, département code or EPCI name; null for partners', true),
});

export const peersOpenApi = {
  '/budget/peers': get(
    'Budget',
    'The commune beside its peers: strate, département, EPCI or partner communes (stable contract)',
    [communeParam, yearParam(false), groupParam],
    jsonResponse('One row per indicator (views kpi_budget_peers, kpi_budget_peer_groups)', arrayOf(peerRow)),
    "Public. Euros per inhabitant, fractions (0.123 for 12.3 %) or years. Without year: the latest year of the DGFiP's file for the commune (for partners, of its own accounts too). An empty list when that year has no figure; 404 for an unknown commune.",
  ),
  '/budget/peers/history': get(
    'Budget',
    'The same comparison for every year (trends)',
    [communeParam, groupParam, queryParam('indicator', indicator, 'One indicator only', false)],
    jsonResponse('One row per year and indicator', arrayOf(peerRow)),
  ),
  '/budget/peers/dgfip-comparison': get(
    'Budget',
    "The commune's own accounts beside the DGFiP's figures of the same year, with the reason of each gap",
    [communeParam, yearParam(false)],
    jsonResponse(
      'One row per year and indicator known from both (view kpi_budget_vs_dgfip)',
      arrayOf(
        object({
          year: int(),
          indicator,
          unit,
          own_value: num("From the commune's compte administratif (kpi_budget_ratios)"),
          dgfip_value: num("The DGFiP's comptes individuels"),
          gap: num('own_value - dgfip_value'),
          own_population: int(),
          dgfip_population: int(),
          gap_reason: { type: 'string', enum: ['concordant', 'population', 'encours_dette', 'perimetre', 'autre'] },
        }),
      ),
    ),
  ),
};
