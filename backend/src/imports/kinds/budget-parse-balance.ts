import type { Knex } from 'knex';
import type { ImportContext, ImportIssue, ParseResult } from '../import-kind';
import { readTable } from '../read-table';
import { checkDuplicates } from '../values';
import { type BalanceMovement, balanceSiret, readBalance } from './budget-balance';
import { budgetKey, type BudgetRef, resolveBudgets } from './budget-budgets';
import { balanceClues } from './budget-clues';
import { readNomenclature } from './budget-lines';
import { type BudgetImportRecord, lineKey } from './budget-record';
import { chapterFromAccount, chapterOf, type References, loadReferences } from './budget-scdl';

/** What a balance holds that does not land, counted for the report. */
interface Skipped {
  communes: Set<string>;
  otherCommuneRows: number;
  attached: number;
  nomenclatures: Map<string, number>;
  outside: number;
}

/**
 * A DGFiP balance: the executed amounts (stage CG, compte de gestion) of every budget of the communes it lists. With
 * a commune given, only its lines land; without, the lines of every loaded commune. Lines of other communes, of
 * attached bodies (CCAS, caisses des écoles: cbudg 2), of budgets in another nomenclature (M4x...) and of accounts
 * outside the budget (classes 4 and 5, balance-sheet accounts) are counted in the report, not refused.
 */
export async function parseBalance(file: Buffer, ctx: ImportContext): Promise<ParseResult<BudgetImportRecord>> {
  const table = await readTable(file, ctx.fileName);
  const issues: ImportIssue[] = [];
  const movements = readBalance(table, issues);
  const refs = await loadReferences(ctx.db);
  const loaded = await loadedCommunes(ctx.db);
  const skipped: Skipped = {
    communes: new Set(),
    otherCommuneRows: 0,
    attached: 0,
    nomenclatures: new Map(),
    outside: 0,
  };
  const kept = keepCommunes(movements, loaded, ctx.commune, skipped, issues);
  if (ctx.commune && !loaded.has(ctx.commune)) return { records: [], issues };

  const budgets = await resolveBudgets(ctx.db, balanceClues(kept), issues);
  const placed = placeMovements(refs, kept, budgets, skipped);
  const unique = checkDuplicates(placed, (l) => `commune ${l.commune_insee} ${lineKey(l)}`, issues, 'compte');
  if (issues.length) return { records: [], issues };
  return { records: unique, issues, warnings: skippedNotes(skipped, ctx.commune) };
}

/** The SIREN of each full commune: reference communes (DGFiP national file) are peers, not communes whose accounts land. */
async function loadedCommunes(db: Knex): Promise<Map<string, string | null>> {
  const communes = await db('communes').where({ is_reference: false }).select('insee_code', 'siren');
  return new Map(communes.map((c) => [c.insee_code as string, c.siren as string | null]));
}

/**
 * The movements of the communes wanted (the one given, else every loaded one), without attached bodies (cbudg 2);
 * a SIREN that is not the commune's is refused.
 */
function keepCommunes(
  movements: BalanceMovement[],
  loaded: Map<string, string | null>,
  commune: string,
  skipped: Skipped,
  issues: ImportIssue[],
): BalanceMovement[] {
  const wanted = (insee: string) => (commune ? insee === commune : loaded.has(insee));
  const kept: BalanceMovement[] = [];
  for (const m of movements) {
    if (!wanted(m.insee)) {
      skipped.communes.add(m.insee);
      skipped.otherCommuneRows++;
      continue;
    }
    if (m.budgetType === '2') {
      skipped.attached++;
      continue;
    }
    const siren = loaded.get(m.insee);
    if (siren && m.siren && m.siren !== siren) {
      issues.push({
        line: m.line,
        column: 'siren',
        value: m.siren,
        reason: `SIREN ${m.siren} : la commune ${m.insee} a le SIREN ${siren}`,
      });
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** Each movement of a budget in M57 or M14 placed in the chapter its account has; the others counted as skipped. */
function placeMovements(
  refs: References,
  movements: BalanceMovement[],
  budgets: Map<string, BudgetRef>,
  skipped: Skipped,
): { line: number; record: BudgetImportRecord }[] {
  const placed: { line: number; record: BudgetImportRecord }[] = [];
  for (const m of movements) {
    const nomenclature = readNomenclature(m.nomenclature);
    if (nomenclature === undefined || typeof nomenclature !== 'string') {
      const name = nomenclature?.other ?? (m.nomenclature || '?');
      skipped.nomenclatures.set(name, (skipped.nomenclatures.get(name) ?? 0) + 1);
      continue;
    }
    const budget = budgets.get(budgetKey(m.insee, balanceSiret(m)));
    if (!budget) continue;
    const chapter = chapterFromAccount(refs, nomenclature, m.account, { direction: m.direction, order: !m.isReal });
    const info = chapter ? chapterOf(refs, nomenclature, chapter) : undefined;
    if (!chapter || !info) {
      skipped.outside++;
      continue;
    }
    const placement = { nomenclature, chapter, section: info.section };
    placed.push({ line: m.line, record: balanceRecord(m, budget, placement) });
  }
  return placed;
}

/** The stored line of a movement: executed amount of the compte de gestion, nothing voted, no label of its own. */
function balanceRecord(
  m: BalanceMovement,
  budget: BudgetRef,
  placement: Pick<BudgetImportRecord, 'nomenclature' | 'chapter' | 'section'>,
): BudgetImportRecord {
  return {
    commune_insee: m.insee,
    budget: budget.code,
    year: m.year,
    stage: 'CG',
    document_seq: 1,
    nomenclature: placement.nomenclature,
    section: placement.section,
    direction: m.direction,
    is_real: m.isReal,
    account: m.account,
    account_label: null,
    chapter: placement.chapter,
    chapter_label: null,
    function_code: /^\d{1,4}$/.test(m.functionCode) ? m.functionCode : '',
    function_label: null,
    operation: '',
    amount_voted: 0,
    amount_open: null,
    amount_executed: m.amount,
    carry_prev: 0,
    carry_next: 0,
    budgetRef: { ...budget, authoritativeName: true, layout: 'balance DGFiP' },
  };
}

/** What the report says of the lines that did not land. */
function skippedNotes(skipped: Skipped, commune: string): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  const note = (reason: string) => warnings.push({ line: null, column: null, value: null, reason });
  if (skipped.otherCommuneRows)
    note(
      `ignorées : ${skipped.otherCommuneRows} lignes de ${skipped.communes.size} autres communes (non chargées${commune ? ` ou autres que ${commune}` : ''})`,
    );
  if (skipped.attached)
    note(`non retenus : ${skipped.attached} mouvements d'établissements rattachés (CCAS, caisse des écoles)`);
  for (const [n, count] of skipped.nomenclatures)
    note(`non retenus : ${count} mouvements de budgets en ${n} (non suivis)`);
  if (skipped.outside)
    note(`non retenus : ${skipped.outside} mouvements de comptes hors budget (classes 4 et 5, bilan)`);
  return warnings;
}
