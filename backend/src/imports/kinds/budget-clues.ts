import { balanceSiret, type BalanceMovement } from './budget-balance';
import { type BudgetClue, budgetKey } from './budget-budgets';
import { isPrincipalRevenue, type LineDraft } from './budget-lines';
import type { TotemHeader } from './budget-totem';

/**
 * What a budget document (SCDL or TOTEM) says of each of its budgets (one per SIRET), for `resolveBudgets` to decide
 * which is the principal: the name its first line gives, what a TOTEM header declares (CodTypBud, IdEtabPal), and
 * whether its lines carry the commune's taxes or DGF.
 */
export function documentClues(
  commune: string,
  drafts: LineDraft[],
  options: { authoritativeName: boolean; header?: TotemHeader },
): BudgetClue[] {
  const bySiret = new Map<string, LineDraft[]>();
  for (const d of drafts) {
    const lines = bySiret.get(d.siret ?? '');
    if (lines) lines.push(d);
    else bySiret.set(d.siret ?? '', [d]);
  }
  const header = options.header;
  const declared =
    header?.codTypBud === 'P'
      ? 'principal'
      : header?.codTypBud === 'A' || (header?.idEtabPal && header.idEtabPal !== header.idEtab)
        ? 'annexe'
        : undefined;
  return [...bySiret.entries()].map(([siret, lines]) => ({
    commune,
    siret: siret || undefined,
    name: lines[0].name,
    declared,
    hasTaxes: lines.some((l) => isPrincipalRevenue(l.account, l.direction)),
    line: lines[0].line,
    column: options.header ? 'IdEtab' : 'BGT_SIRET',
    authoritativeName: options.authoritativeName,
  }));
}

/** What a DGFiP balance says of each budget (commune and ident) it lists: lbudg, cbudg 1 or 3, taxes or DGF. */
export function balanceClues(movements: BalanceMovement[]): BudgetClue[] {
  const clues = new Map<string, BudgetClue>();
  for (const m of movements) {
    const key = budgetKey(m.insee, m.siret);
    const clue = clues.get(key) ?? {
      commune: m.insee,
      siret: balanceSiret(m),
      name: m.budgetName,
      declared: m.budgetType === '1' ? ('principal' as const) : m.budgetType === '3' ? ('annexe' as const) : undefined,
      hasTaxes: false,
      line: m.line,
      column: 'ident',
      authoritativeName: true,
    };
    clue.hasTaxes ||= isPrincipalRevenue(m.account, m.direction);
    clues.set(key, clue);
  }
  return [...clues.values()];
}
