import type { ImportKind } from '../import-kind';
import { copyUpsertRows } from '../upsert-copy';
import { writeBudgets } from './budget-budgets';
import { budgetColumns } from './budget-columns';
import { inferBudgetCommune } from './budget-commune';
import { budgetFormatOf } from './budget-format';
import { parseBalance } from './budget-parse-balance';
import { parseScdl } from './budget-parse-scdl';
import { parseTotem } from './budget-parse-totem';
import type { BudgetImportRecord } from './budget-record';
import { summariseBudget } from './budget-summary';

export type { BudgetLineRecord } from './budget-lines';
export type { BudgetImportRecord } from './budget-record';

/** A line's key in budget_lines: what a re-import of the same line updates. */
const keyColumns = [
  'commune_insee',
  'budget',
  'year',
  'stage',
  'document_seq',
  'section',
  'direction',
  'is_real',
  'chapter',
  'account',
  'function_code',
  'operation',
];

/**
 * `budget`: budget documents of a commune, whatever layout it has them in, recognised from the content:
 * - the SCDL "budget" CSV/XLSX (schema layout, or as the TOTEM-to-SCDL converters write it: `,`, UTF-8, chapter in
 *   BGT_CONTNAT and empty on ordinary lines, article in BGT_NATURE);
 * - the TOTEM XML itself (DocumentBudgetaire, ISO-8859-1), alone or inside a compte financier unique;
 * - the DGFiP "balances comptables des communes" (executed amounts of every budget of many communes).
 * Every budget is kept as its own (principal or annexe); each line lands keyed by budget, year, document, section,
 * direction, real/order, chapter, article, function and operation, so re-importing a file changes nothing.
 */
export const budgetKind: ImportKind<BudgetImportRecord> = {
  kind: 'budget',
  description:
    'Budget : SCDL « budget » (BP, BS, DM, CA), XML TOTEM, balances comptables DGFiP ; budget principal et annexes',
  formats: ['csv', 'xlsx', 'xml'],
  columns: budgetColumns,

  async parse(file, ctx) {
    const format = budgetFormatOf(file);
    if (format === 'TOTEM') return parseTotem(file, ctx);
    if (format === 'balance') return parseBalance(file, ctx);
    return parseScdl(file, ctx);
  },

  async write(trx, records, ctx) {
    const budgets = new Map<string, BudgetImportRecord['budgetRef'] & { commune_insee: string }>();
    for (const r of records)
      budgets.set(`${r.commune_insee}:${r.budget}`, { ...r.budgetRef, commune_insee: r.commune_insee });
    await writeBudgets(trx, [...budgets.values()], ctx.importId);
    const rows = records.map(({ budgetRef: _budget, ...line }) => ({ ...line, import_id: ctx.importId }));
    return copyUpsertRows(trx, 'budget_lines', rows, keyColumns);
  },

  summarize: summariseBudget,

  /** The commune a file names (TOTEM CodInseeColl, the SIREN of its SIRET), '' for a DGFiP balance. */
  inferCommune: inferBudgetCommune,
};
