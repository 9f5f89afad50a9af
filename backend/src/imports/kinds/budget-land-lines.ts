import type { ImportContext, ImportIssue, ParseResult } from '../import-kind';
import type { TableRow } from '../read-table';
import { checkDuplicates } from '../values';
import { budgetKey, resolveBudgets } from './budget-budgets';
import { checkCollectivity, checkDecisionNumbers } from './budget-checks';
import { documentClues } from './budget-clues';
import { chooseNomenclatures, type CodeColumns, readLines } from './budget-lines';
import { placeLine } from './budget-place-line';
import { type BudgetImportRecord, lineKey } from './budget-record';
import { dmNumberFromFileName, type References } from './budget-scdl';
import { mergeThirdPartyParts } from './budget-third-party';
import type { TotemHeader } from './budget-totem';

export interface DocumentLayout {
  /** Whether the document's budget name may rename a registered budget (TOTEM's LibelleEtab). */
  authoritativeName: boolean;
  layout: 'SCDL' | 'TOTEM';
  header?: TotemHeader;
}

/** SCDL and TOTEM rows, read the same way: identical lines for the TOTEM and the SCDL of one document. */
export async function landLines(
  rows: TableRow[],
  codeColumns: CodeColumns,
  refs: References,
  issues: ImportIssue[],
  ctx: ImportContext,
  options: DocumentLayout,
): Promise<ParseResult<BudgetImportRecord>> {
  const drafts = readLines(rows, codeColumns, issues, dmNumberFromFileName(ctx.fileName));
  await checkCollectivity(ctx.db, ctx.commune, drafts, issues);
  const budgets = await resolveBudgets(ctx.db, documentClues(ctx.commune, drafts, options), issues);
  const nomenclatures = chooseNomenclatures(refs, drafts, issues);
  await checkDecisionNumbers(ctx.db, ctx.commune, ctx.fileName, drafts, issues);

  const placed: { line: number; record: BudgetImportRecord }[] = [];
  for (const draft of drafts) {
    const nomenclature = nomenclatures.get(draft.year);
    const budget = budgets.get(budgetKey(ctx.commune, draft.siret));
    if (!nomenclature || !budget) continue;
    const line = placeLine(refs, draft, nomenclature, codeColumns, issues, {
      commune: ctx.commune,
      budget: budget.code,
    });
    if (line)
      placed.push({
        line: draft.line,
        record: {
          ...line,
          budgetRef: { ...budget, authoritativeName: options.authoritativeName, layout: options.layout },
        },
      });
  }
  const merged = mergeThirdPartyParts(placed, lineKey);
  const unique = checkDuplicates(merged.placed, lineKey, issues, codeColumns.account);
  if (issues.length) return { records: [], issues };
  return { records: unique, issues, warnings: merged.warnings };
}
