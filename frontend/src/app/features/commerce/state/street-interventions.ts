import { InterventionRow } from '../data-access/commerce-rows';

/** Interventions on the street, latest first: each links to its impact analysis. */
export function streetInterventions(interventions: readonly InterventionRow[], street: string): InterventionRow[] {
  return interventions.filter((i) => i.street === street);
}
