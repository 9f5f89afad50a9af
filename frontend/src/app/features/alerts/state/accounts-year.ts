import { BudgetHealthRow } from '../data-access/budget-rows';

/**
 * The ratios of the year shown, or of the latest compte administratif before it (the year in progress has none):
 * the brief says which year the ratios come from.
 */
export function accountsRow(health: readonly BudgetHealthRow[], year: number): BudgetHealthRow | null {
  return [...health].filter((row) => row.year <= year).sort((a, b) => b.year - a.year)[0] ?? null;
}
