import { TranslationKey } from '../../../core/i18n/dictionaries';
import { BudgetStage, Credits, DocumentRow } from '../data-access/budget-rows';

export const STAGES: readonly BudgetStage[] = ['BP', 'BS', 'DM', 'CA'];

/** The stages whose documents are loaded for the year, in budget order. */
export function availableStages(documents: readonly DocumentRow[], year: number): BudgetStage[] {
  const loaded = new Set(documents.filter((d) => d.year === year).map((d) => d.stage));
  return STAGES.filter((stage) => loaded.has(stage));
}

/** The stage shown: the one chosen if loaded, else the latest loaded (the CA once voted). */
export function shownStage(chosen: BudgetStage | null, available: readonly BudgetStage[]): BudgetStage | null {
  if (chosen && available.includes(chosen)) return chosen;
  return available.at(-1) ?? null;
}

/**
 * What was voted up to a stage: BP, then BP + BS, then + DMs; at the CA, the crédits ouverts (what execution is
 * measured against, never the BP alone).
 */
export function votedAt(credits: Credits, stage: BudgetStage): number | null {
  switch (stage) {
    case 'BP':
      return credits.credits_after_bp;
    case 'BS':
      return credits.credits_after_bs;
    case 'DM':
      return credits.credits_after_dm;
    case 'CA':
      return credits.credits_open;
  }
}

export const VOTED_LABEL: Readonly<Record<BudgetStage, TranslationKey>> = {
  BP: 'budget.voted.BP',
  BS: 'budget.voted.BS',
  DM: 'budget.voted.DM',
  CA: 'budget.voted.CA',
};

export const STAGE_LABEL: Readonly<Record<BudgetStage, TranslationKey>> = {
  BP: 'budget.stage.BP',
  BS: 'budget.stage.BS',
  DM: 'budget.stage.DM',
  CA: 'budget.stage.CA',
};
