import type { ImportIssue } from '../import-kind';
import type { BudgetLineRecord } from './budget-lines';

/**
 * Opérations pour compte de tiers (chapters 45xx) that a document writes in several parts. A compte financier unique
 * (JVS-Mairistem, Mohon 2023) repeats one third-party operation as two LigneBudget with the same article, chapter,
 * direction and operation number (TypNumCpteTiers): one carries the credits opened, the other none. They are one
 * line of the document: the DGFiP's own chapter totals (the `calculated` lines its EnrichissementNomenclature adds)
 * and the comptable's état EB_DI/EB_RI ("MtPrevisions" 40 000 for opération 45411) add the parts. So the parts of a
 * 45xx line land as one line, amounts added, and the report says so; any other repeated line is still refused.
 */
export function mergeThirdPartyParts<R extends BudgetLineRecord>(
  placed: { line: number; record: R }[],
  key: (r: R) => string,
): { placed: { line: number; record: R }[]; warnings: ImportIssue[] } {
  const first = new Map<string, { line: number; record: R; parts: number[] }>();
  const kept: { line: number; record: R }[] = [];
  for (const item of placed) {
    if (!/^45\d\d/.test(item.record.chapter)) {
      kept.push(item);
      continue;
    }
    const k = key(item.record);
    const earlier = first.get(k);
    if (!earlier) {
      const entry = { line: item.line, record: { ...item.record }, parts: [item.line] };
      first.set(k, entry);
      kept.push(entry);
      continue;
    }
    const sum = earlier.record;
    const r = item.record;
    sum.amount_voted = add(sum.amount_voted, r.amount_voted);
    sum.amount_open = sum.amount_open === null && r.amount_open === null ? null : add(sum.amount_open, r.amount_open);
    sum.amount_executed =
      sum.amount_executed === null && r.amount_executed === null ? null : add(sum.amount_executed, r.amount_executed);
    sum.carry_prev = add(sum.carry_prev, r.carry_prev);
    sum.carry_next = add(sum.carry_next, r.carry_next);
    earlier.parts.push(item.line);
  }
  const warnings: ImportIssue[] = [];
  for (const { record, parts } of first.values())
    if (parts.length > 1)
      warnings.push({
        line: parts[0],
        column: null,
        value: null,
        reason: `opération pour compte de tiers ${record.chapter} (compte ${record.account}) écrite en ${parts.length} parties (lignes ${parts.join(', ')}) : une seule ligne, montants additionnés comme dans les totaux du document`,
      });
  return { placed: kept.map(({ line, record }) => ({ line, record })), warnings };
}

const add = (a: number | null, b: number | null) => Math.round(((a ?? 0) + (b ?? 0)) * 100) / 100;
