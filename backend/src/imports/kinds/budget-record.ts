import type { BudgetRef } from './budget-budgets';
import type { BudgetLineRecord } from './budget-lines';

/** A stored line and the budget it belongs to (registered in `budgets` when the line lands). */
export type BudgetImportRecord = BudgetLineRecord & {
  /** The budget the line belongs to (registered when it lands) and the layout it was read from; not stored. */
  budgetRef: BudgetRef & { authoritativeName: boolean; layout: string };
};

/** A line as a refusal names it: what makes it one line of a budget (two lines with one key are a duplicate). */
export const lineKey = (l: BudgetLineRecord) =>
  `${l.budget === 'principal' ? '' : `budget ${l.budget} `}${l.year} ${l.stage}${l.stage === 'DM' ? l.document_seq : ''} ${l.section}${l.direction} ${l.is_real ? 'réel' : 'ordre'} chapitre ${l.chapter} compte ${l.account} fonction ${l.function_code || '-'}${l.operation ? ` opération ${l.operation}` : ''}`;
