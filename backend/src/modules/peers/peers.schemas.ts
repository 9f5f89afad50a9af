import { z } from 'zod';
import { inseeCode, year } from '../../http/validate';

export const groupKinds = ['strate', 'departement', 'epci', 'partners'] as const;
export const indicators = [
  'epargne_brute_par_habitant',
  'epargne_nette_par_habitant',
  'taux_epargne_brute',
  'encours_dette_par_habitant',
  'capacite_desendettement_annees',
  'depenses_equipement_par_habitant',
  'charges_personnel_par_habitant',
  'part_charges_personnel',
  'produits_fonctionnement_par_habitant',
  'charges_fonctionnement_par_habitant',
  'annuite_dette_par_habitant',
  'impots_locaux_par_habitant',
  'dgf_par_habitant',
] as const;

/** The public contract: GET /budget/peers?commune=&year=&group=strate|departement|epci|partners. */
export const peersQuery = z.object({
  commune: inseeCode,
  year: year.optional(),
  group: z.enum(groupKinds).default('strate'),
});

export const historyQuery = z.object({
  commune: inseeCode,
  group: z.enum(groupKinds).default('strate'),
  indicator: z.enum(indicators).optional(),
});

export const vsDgfipQuery = z.object({ commune: inseeCode, year: year.optional() });

const amount = z.number().nullable();

/** One row of GET /budget/peers: the contract's ten fields, then the year and the group's name. */
export const peerRow = z.object({
  indicator: z.enum(indicators),
  unit: z.enum(['eur_per_inhabitant', 'ratio', 'years']),
  commune_value: amount,
  group_average: amount,
  group_median: amount,
  group_q1: amount,
  group_q3: amount,
  group_size: z.number().int(),
  rank: z.number().int().nullable(),
  source: z.enum(['dgfip', 'compte_administratif']),
  year: z.number().int(),
  group_label: z.string().nullable(),
});

export const vsDgfipRow = z.object({
  year: z.number().int(),
  indicator: z.enum(indicators),
  unit: z.enum(['eur_per_inhabitant', 'ratio', 'years']),
  own_value: amount,
  dgfip_value: amount,
  gap: amount,
  own_population: z.number().int().nullable(),
  dgfip_population: z.number().int().nullable(),
  gap_reason: z.enum(['concordant', 'population', 'encours_dette', 'perimetre', 'autre']),
});

export type PeerRow = z.infer<typeof peerRow>;
