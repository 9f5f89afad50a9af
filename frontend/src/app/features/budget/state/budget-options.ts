import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { BudgetRef } from '../data-access/budget-rows';

export interface BudgetOption {
  /** The `budget` parameter: 'principal', an annexe's SIRET, or 'consolidated'. */
  value: string;
  label: string;
}

/**
 * The choices of the budget selector: the budget principal, each budget annexe by its name, then the consolidated
 * budget. None when the commune has no annexe: there is nothing to choose.
 */
export function buildBudgetOptions(budgets: readonly BudgetRef[], lang: Lang): BudgetOption[] {
  const annexes = budgets.filter((b) => b.kind === 'annexe');
  if (annexes.length === 0) return [];
  return [
    { value: 'principal', label: translate(lang, 'budget.selector.principal') },
    ...annexes.map((b) => ({ value: b.code, label: translate(lang, 'budget.selector.annexe', { name: b.name }) })),
    { value: 'consolidated', label: translate(lang, 'budget.selector.consolidated') },
  ];
}
