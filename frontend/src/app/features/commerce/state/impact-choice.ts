import { InterventionRow } from '../data-access/commerce-rows';

/**
 * The intervention the impact tool opens on: the one the URL names if the commune has it, otherwise the latest
 * works with counting sites (the API lists the latest first), otherwise the latest intervention; null if none.
 */
export function defaultIntervention(interventions: readonly InterventionRow[], wanted: string | null): string | null {
  if (wanted && interventions.some((i) => i.intervention_id === wanted)) return wanted;
  const works = interventions.find((i) => i.kind === 'works' && i.site_ids.length > 0);
  return (works ?? interventions[0])?.intervention_id ?? null;
}
