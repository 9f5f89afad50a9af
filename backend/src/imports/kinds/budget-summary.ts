import type { ImportSummary } from '../import-kind';
import type { BudgetLineRecord } from './budget-lines';
import type { BudgetImportRecord } from './budget-record';

/** What would land: lines, communes, years, documents and budgets (printed by a dry run and after landing). */
export function summariseBudget(records: BudgetImportRecord[]): ImportSummary {
  const list = (values: Iterable<string>) => [...new Set(values)].sort();
  const stage = (r: BudgetLineRecord) =>
    r.stage === 'DM' ? `DM${r.document_seq}` : r.stage === 'CG' ? 'CG (balance)' : r.stage;
  const kinds: Record<string, number> = {};
  for (const r of records) kinds[stage(r)] = (kinds[stage(r)] ?? 0) + 1;
  const communes = list(records.map((r) => r.commune_insee));
  const years = list(records.map((r) => String(r.year))).map(Number);
  const budgets = list(
    records.map(
      (r) => `${r.budgetRef.name} (${r.budgetRef.kind}${r.budgetRef.siret ? `, SIRET ${r.budgetRef.siret}` : ''})`,
    ),
  );
  return {
    rows: records.length,
    communes,
    years,
    kinds,
    notes: [
      `format : ${list(records.map((r) => r.budgetRef.layout)).join(', ')}`,
      `communes : ${communes.join(', ')}`,
      `années : ${years.join(', ')}`,
      `documents : ${Object.entries(kinds)
        .map(([k, n]) => `${k} (${n} lignes)`)
        .join(', ')}`,
      `budgets : ${budgets.join(', ')}`,
    ],
  };
}
