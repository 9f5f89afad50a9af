import { HealthRow } from '../data-access/budget-rows';

/** The years of the accounts up to the year shown, oldest first. */
export function healthUpTo(health: readonly HealthRow[], year: number): HealthRow[] {
  return [...health].filter((r) => r.year <= year).sort((a, b) => a.year - b.year);
}
