// Budget lines (BP, BS, DM 1-2, CA) by nature x function (x operation on programme lines) and the debt at 31/12.
// Built from the executed amounts down: each commune-year has a target of real operating expenses (DRF), a gross
// savings rate (épargne brute / RRF), a debt path and an equipment effort per inhabitant. Executed lines (CA)
// add up to those targets; crédits ouverts = executed / execution rate; the votes (BP, then BS and DM deltas)
// add up to the crédits ouverts minus the restes à réaliser carried from N-1. Every document is balanced by
// its order lines (023/021) and the balancing loan (1641 recette).
import { executedLines, keyOf, yearFigures, type BudgetInput, type Line, type YearFigures } from './budget-executed';
import { FINANCE_PROFILES } from './budget-profiles';
import { COMMUNES, type CommuneSpec } from './geography';
import { ACCOUNTS, CHAPTERS, FUNCTIONS } from './nomenclature';
import { createRng, round, type Rng } from './random';
import type { BudgetLineRow, BudgetStage, DebtOutstandingRow } from './rows';

export interface BudgetOutput {
  lines: BudgetLineRow[];
  debt: DebtOutstandingRow[];
}

/** Execution rate of a line (executed / crédits ouverts). */
function executionRate(line: Line, rng: Rng): number {
  switch (line.kind) {
    case 'personnel':
      return rng.uniform(0.965, 0.99);
    case 'operating':
      return line.account === '66111' ? rng.uniform(0.97, 1) : rng.uniform(0.915, 0.975);
    case 'revenue':
      return rng.uniform(0.985, 1.04);
    case 'equipment':
      return rng.uniform(0.66, 0.8);
    case 'financing':
      return line.account === '10222' ? rng.uniform(0.95, 1.02) : rng.uniform(0.7, 1);
    case 'debt':
      return rng.uniform(0.995, 1);
    default:
      return rng.uniform(0.99, 1);
  }
}

/** Splits the voted amount over BP, BS, DM1, DM2 (the parts sum to it to the cent). */
function splitVotes(line: Line, voted: number, dms: number, rng: Rng): [number, number, number, number] {
  const investment = line.kind === 'equipment' || line.kind === 'financing';
  let bp: number;
  if (line.lateStart) bp = 0;
  else if (line.kind === 'debt' || line.kind === 'order') bp = voted;
  else if (investment) bp = voted * rng.uniform(0.55, 0.9);
  else if (line.direction === 'R')
    bp = voted * rng.uniform(0.95, 1); // revenue is known early (notifications)
  else if (rng.chance(0.1))
    bp = voted * rng.uniform(1, 1.04); // trimmed by a DM later
  else bp = voted * rng.uniform(0.88, 0.96);
  bp = round(bp, 2);
  const rest = voted - bp;
  // The BS and the DMs touch some lines only: a line's remaining credits go to the BS, a DM, or both.
  let bs: number;
  if (rest < 0)
    bs = 0; // the DM trims it
  else if (line.lateStart) bs = round(rest * rng.uniform(0.5, 1), 2);
  else {
    const route = rng.next();
    bs = route < 0.45 ? round(rest, 2) : route < 0.75 ? round(rest * rng.uniform(0.4, 0.9), 2) : 0;
  }
  const dm = round(voted - bp - bs, 2);
  let dm1 = dm;
  if (dms === 2) {
    const route = rng.next();
    dm1 = route < 0.4 ? dm : route < 0.7 ? 0 : round(dm * rng.uniform(0.3, 0.7), 2);
  }
  const dm2 = round(voted - bp - bs - dm1, 2);
  return [bp, bs, dm1, dm2];
}

/** A line with nothing executed or voted yet. */
function newLine(fields: Pick<Line, 'section' | 'direction' | 'isReal' | 'account' | 'fn' | 'op' | 'kind'>): Line {
  return { ...fields, executed: 0, votes: [0, 0, 0, 0], carryPrev: 0, carryNext: 0 };
}

interface YearContext {
  commune: CommuneSpec;
  f: YearFigures;
  input: BudgetInput;
  /** Closed years have a CA; the as-of year is voted only. */
  closed: boolean;
  /** Decisions modificatives voted this year (the second one comes late in the year). */
  dms: number;
  rng: Rng;
}

/** Restes à réaliser of N-1 land on their line, created when nothing is executed on it this year. */
function takeBackCarried(lines: Line[], carried: Map<string, number>, firstYear: boolean, rng: Rng): void {
  const byKey = new Map(lines.map((l) => [keyOf(l), l]));
  for (const [key, amount] of carried) {
    let line = byKey.get(key);
    if (!line) {
      const [section, direction, real, account, fn, op] = key.split('|');
      line = newLine({
        section: section as 'I',
        direction: direction as 'D',
        isReal: real === '1',
        account,
        fn,
        op,
        kind: 'equipment',
      });
      lines.push(line);
      byKey.set(key, line);
    }
    line.carryPrev = amount;
  }
  // The first year of the demo inherits restes à réaliser from a year it does not show.
  if (firstYear) {
    for (const l of lines) if (l.kind === 'equipment') l.carryPrev = round(l.executed * rng.uniform(0.1, 0.2), 2);
  }
}

/** Crédits ouverts from the execution rate, votes spread over the documents, restes à réaliser at 31/12. */
function voteLines(lines: Line[], ctx: YearContext): Map<string, number> {
  const { f, input, commune, closed, dms, rng } = ctx;
  const carried = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'sale' && line.account === '775') continue; // executed without credits (M57)
    if (line.direction === 'R' && line.account === '1641' && line.section === 'I') continue; // balancing loan
    let open = line.executed / executionRate(line, rng);
    if (line.account === '024') open = f.cessions * rng.uniform(1, 1.6);
    if (line.kind === 'equipment') open = Math.max(open, line.carryPrev);
    const voted = round(Math.max(0, open - line.carryPrev), 2);
    line.votes = splitVotes(line, voted, dms, rng);
    if (closed && line.kind === 'equipment') {
      const unspent = voted + line.carryPrev - line.executed;
      const continues =
        line.op === '' ||
        input.programmes.some(
          (p) =>
            p.row.programme_id === line.op &&
            p.row.commune_insee === commune.insee &&
            (p.executedFull.get(f.year + 1) ?? 0) > 0,
        );
      line.carryNext = continues && unspent > 0 ? round(unspent * rng.uniform(0.45, 0.7), 2) : 0;
      if (line.carryNext) carried.set(keyOf(line), line.carryNext);
    }
  }
  return carried;
}

/**
 * Balances every document: the BS takes back the restes à réaliser (financed by 1068) and the previous year's
 * result (002); 023/021 carry the operating surplus to investment; the loan (1641 recette) closes investment.
 * Then three real-life constraints: the loan voted covers the loan raised, the BP transfers something to
 * investment, the BP plans some borrowing.
 */
function balanceDocuments(lines: Line[], ctx: YearContext): void {
  const { f, rng } = ctx;
  const carriedTotal = round(
    lines.filter((l) => l.section === 'I' && l.direction === 'D').reduce((s, l) => s + l.carryPrev, 0),
    2,
  );
  if (carriedTotal > 0) {
    const capitalised = newLine({
      section: 'I',
      direction: 'R',
      isReal: true,
      account: '1068',
      fn: '01',
      op: '',
      kind: 'financing',
    });
    capitalised.executed = carriedTotal;
    capitalised.votes[1] = carriedTotal;
    lines.push(capitalised);
  }
  const votedTotal = (direction: 'R' | 'D') =>
    lines
      .filter((l) => l.section === 'F' && l.direction === direction)
      .reduce((s, l) => s + l.votes.reduce((a, v) => a + v, 0), 0);
  const needed = f.depreciation * rng.uniform(0.3, 0.6) - (votedTotal('R') - votedTotal('D'));
  const result = newLine({
    section: 'F',
    direction: 'R',
    isReal: false,
    account: '002',
    fn: '',
    op: '',
    kind: 'order',
  });
  result.votes[1] = round(Math.max(needed, f.rrf * rng.uniform(0.01, 0.025)), 2);
  lines.push(result);

  const transferOut = newLine({
    section: 'F',
    direction: 'D',
    isReal: false,
    account: '023',
    fn: '01',
    op: '',
    kind: 'order',
  });
  const transferIn = newLine({
    section: 'I',
    direction: 'R',
    isReal: false,
    account: '021',
    fn: '01',
    op: '',
    kind: 'order',
  });
  const loan = lines.find((l) => l.section === 'I' && l.direction === 'R' && l.account === '1641')!;
  const balance = () => {
    for (let d = 0; d < 4; d++) {
      const sum = (section: 'F' | 'I', direction: 'R' | 'D', filter: (l: Line) => boolean = () => true) =>
        lines
          .filter((l) => l.section === section && l.direction === direction && filter(l))
          .reduce((s, l) => s + l.votes[d], 0);
      const surplus = round(sum('F', 'R') - sum('F', 'D'), 2);
      transferOut.votes[d] = surplus;
      transferIn.votes[d] = surplus;
      const takenBack = d === 1 ? carriedTotal : 0;
      loan.votes[d] = round(sum('I', 'D') + takenBack - sum('I', 'R', (l) => l !== loan) - surplus, 2);
    }
  };
  balance();
  // The loan voted must cover the loan actually raised: first a more prudent tax forecast (less transferred,
  // more borrowed), then more equipment credits in the BS.
  const biggest = lines
    .filter((l) => l.kind === 'equipment' && l.op === '')
    .reduce((m, l) => (l.executed > m.executed ? l : m));
  const loanVoted = loan.votes.reduce((s, v) => s + v, 0);
  const wanted = loan.executed * rng.uniform(1.05, 1.3);
  if (loanVoted < wanted) {
    const taxes = lines.find((l) => l.account === '73111')!;
    const prudence = Math.min(wanted - loanVoted, f.rrf * 0.015);
    taxes.votes[0] = round(taxes.votes[0] - prudence, 2);
    biggest.votes[1] = round(biggest.votes[1] + wanted - loanVoted - prudence, 2);
    balance();
  }
  // A BP must transfer something to investment (real balance): if not, part of the BP's wages waits for the BS.
  const minimumTransfer = f.depreciation * rng.uniform(0.2, 0.5);
  if (transferOut.votes[0] < minimumTransfer) {
    const wages = lines.filter((l) => l.account === '64111').reduce((m, l) => (l.executed > m.executed ? l : m));
    const shift = round(minimumTransfer - transferOut.votes[0], 2);
    wages.votes[0] = round(wages.votes[0] - shift, 2);
    wages.votes[1] = round(wages.votes[1] + shift, 2);
    balance();
  }
  // The BP always plans some borrowing (a negative loan is no vote): move credits from the BS to the BP.
  const minimumBp = loan.executed * rng.uniform(0.6, 1);
  if (loan.votes[0] < minimumBp) {
    const shift = round(minimumBp - loan.votes[0], 2);
    biggest.votes[0] = round(biggest.votes[0] + shift, 2);
    biggest.votes[1] = round(biggest.votes[1] - shift, 2);
    balance();
  }
  lines.push(transferOut, transferIn);
}

/** budget_lines rows of one commune-year: BP, BS, DM 1 (and 2), and the CA of a closed year. */
function toRows(lines: Line[], ctx: YearContext): BudgetLineRow[] {
  const { commune, f, closed, dms } = ctx;
  const rows: BudgetLineRow[] = [];
  for (const line of lines) {
    const account = ACCOUNTS[line.account];
    const base = {
      commune_insee: commune.insee,
      year: f.year,
      section: line.section,
      direction: line.direction,
      is_real: line.isReal,
      account: line.account,
      account_label: account.label,
      chapter: account.chapter,
      function_code: line.fn,
      operation: line.op,
      import_id: null,
      chapter_label: CHAPTERS[account.chapter],
      function_label: FUNCTIONS[line.fn],
    };
    const documents: [BudgetStage, number, number][] = [
      ['BP', 1, line.votes[0]],
      ['BS', 1, line.votes[1]],
      ['DM', 1, line.votes[2]],
      ['DM', 2, line.votes[3]],
    ];
    for (const [stage, seq, amount] of documents) {
      // The BS lists the restes à réaliser it takes back, even on a line it votes nothing new on.
      const carryPrev = stage === 'BS' ? line.carryPrev : 0;
      if ((!amount && !carryPrev) || (stage === 'DM' && seq > dms)) continue;
      rows.push({
        ...base,
        stage,
        document_seq: seq,
        amount_voted: amount,
        amount_open: null,
        amount_executed: null,
        carry_prev: carryPrev,
        carry_next: 0,
      });
    }
    if (closed) {
      const voted = round(
        line.votes.reduce((s, v) => s + v, 0),
        2,
      );
      rows.push({
        ...base,
        stage: 'CA',
        document_seq: 1,
        amount_voted: voted,
        amount_open: round(voted + line.carryPrev, 2),
        // Transfers, forecast sales and the carried result are voted, never executed as such.
        amount_executed: ['023', '021', '024', '002'].includes(line.account) ? 0 : line.executed,
        carry_prev: line.carryPrev,
        carry_next: line.carryNext,
      });
    }
  }
  return rows;
}

export function buildBudget(input: BudgetInput): BudgetOutput {
  const asOfYear = Number(input.asOf.slice(0, 4));
  const years: number[] = [];
  for (let y = Math.max(2020, input.fromYear); y <= asOfYear; y++) years.push(y);
  const out: BudgetOutput = { lines: [], debt: [] };
  for (const commune of COMMUNES) {
    const figures = yearFigures(
      FINANCE_PROFILES[commune.code],
      commune,
      years,
      createRng(input.seed, 'budget', commune.code),
    );
    out.debt.push({
      commune_insee: commune.insee,
      year: years[0] - 1,
      outstanding_eur: round(figures[0].debtStart, 2),
      import_id: null,
    });
    let carried = new Map<string, number>();
    let previousEquipment = figures[0].equipment * 0.9;
    for (const f of figures) {
      const closed = f.year < asOfYear;
      const rng = createRng(input.seed, 'budget', commune.code, f.year);
      // The as-of year is voted on full-year amounts (fluid bills so far scaled to twelve months).
      const elapsedDays =
        (Date.parse(`${input.asOf}T00:00:00Z`) - Date.parse(`${f.year}-01-01T00:00:00Z`)) / 86_400_000 + 1;
      const lines = executedLines(commune, f, input, closed ? 1 : 365 / elapsedDays, previousEquipment, rng);
      previousEquipment = lines
        .filter((l) => l.section === 'I' && l.direction === 'D' && l.kind === 'equipment')
        .reduce((s, l) => s + l.executed, 0);
      takeBackCarried(lines, carried, f.year === years[0], rng);
      // As of the date, the year's second DM is not voted yet.
      const ctx: YearContext = { commune, f, input, closed, dms: closed ? rng.int(1, 2) : 1, rng };
      carried = voteLines(lines, ctx);
      balanceDocuments(lines, ctx);
      out.lines.push(...toRows(lines, ctx));
      if (closed)
        out.debt.push({
          commune_insee: commune.insee,
          year: f.year,
          outstanding_eur: round(f.debtEnd, 2),
          import_id: null,
        });
    }
  }
  return out;
}
