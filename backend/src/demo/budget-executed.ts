// Executed amounts of a commune-year, line by line: the targets of the finance profile (DRF, savings rate, debt,
// equipment effort) spread over accounts and functions, the fluid bills of the buildings on 6061x, the payment
// credits of the programmes on their operation. budget.ts then derives crédits ouverts and votes from them.
import {
  DEPRECIATION_SHARE,
  DMTO_INDEX,
  EQUIPMENT_OUTSIDE_PROGRAMMES,
  FCTVA_RATE,
  FINANCE_PROFILES,
  GENERAL_EXPENSES,
  INTEREST_RATE,
  OTHER_EXPENSES,
  PERSONNEL,
  PERSONNEL_FUNCTIONS,
  REVENUES,
  SUBSIDIES,
  type FinanceProfile,
  type Split,
} from './budget-profiles';
import type { FluidCost } from './fluids';
import type { CommuneSpec } from './geography';
import { TYPE_FUNCTION } from './nomenclature';
import type { ProgrammeModel } from './programmes';
import { round, type Rng } from './random';

export type LineKind = 'operating' | 'personnel' | 'revenue' | 'sale' | 'equipment' | 'debt' | 'financing' | 'order';

export interface Line {
  section: 'F' | 'I';
  direction: 'R' | 'D';
  isReal: boolean;
  account: string;
  fn: string;
  op: string;
  kind: LineKind;
  /** Executed (CA) or, for the current year, the expected full-year amount the votes are built on. */
  executed: number;
  /** BP, BS, DM1, DM2. */
  votes: [number, number, number, number];
  carryPrev: number;
  carryNext: number;
  /** Programme lines whose programme starts after June: nothing in the BP. */
  lateStart?: boolean;
}

export const keyOf = (l: Pick<Line, 'section' | 'direction' | 'isReal' | 'account' | 'fn' | 'op'>) =>
  `${l.section}|${l.direction}|${l.isReal ? 1 : 0}|${l.account}|${l.fn}|${l.op}`;

const at = <T>(values: T[], index: number): T => values[Math.min(index, values.length - 1)];

/** Splits an amount over functions with a little noise; the parts sum to the amount to the cent. */
function byFunction(amount: number, split: Split, rng: Rng): [string, number][] {
  if (typeof split === 'string') return [[split, round(amount, 2)]];
  const weights = split.map(([, w]) => w * rng.uniform(0.9, 1.1));
  const total = weights.reduce((s, w) => s + w, 0);
  const parts: [string, number][] = split.map(([fn], i) => [fn, round((amount * weights[i]) / total, 2)]);
  const drift = round(amount - parts.reduce((s, [, v]) => s + v, 0), 2);
  parts[0][1] = round(parts[0][1] + drift, 2);
  return parts;
}

/** Rescales parts so they sum to `total` exactly (to the cent). */
function rescale(lines: Line[], total: number): void {
  const sum = lines.reduce((s, l) => s + l.executed, 0);
  for (const l of lines) l.executed = round((l.executed * total) / sum, 2);
  const drift = round(total - lines.reduce((s, l) => s + l.executed, 0), 2);
  const biggest = lines.reduce((m, l) => (l.executed > m.executed ? l : m), lines[0]);
  biggest.executed = round(biggest.executed + drift, 2);
}

export interface YearFigures {
  year: number;
  drf: number;
  rrf: number;
  debtStart: number;
  debtEnd: number;
  repayment: number;
  borrowing: number;
  interest: number;
  equipment: number;
  depreciation: number;
  cessions: number;
}

export function yearFigures(profile: FinanceProfile, commune: CommuneSpec, years: number[], rng: Rng): YearFigures[] {
  let drf = profile.drf2020;
  return years.map((year, i) => {
    if (i > 0) drf *= at(profile.growth, i - 1);
    const savings = at(profile.savings, i);
    const debtStart = at(profile.debt, i);
    const debtEnd = at(profile.debt, i + 1);
    const repayment = debtStart / profile.debtLife;
    return {
      year,
      drf: round(drf, 2),
      rrf: round(drf / (1 - savings), 2),
      debtStart,
      debtEnd,
      repayment: round(repayment, 2),
      borrowing: round(Math.max(0, debtEnd - debtStart + repayment), 2),
      interest: round(((debtStart + debtEnd) / 2) * (INTEREST_RATE[year] ?? 0.026), 2),
      equipment: round(at(profile.equipment, i) * commune.population, 2),
      depreciation: round(drf * DEPRECIATION_SHARE, 2),
      cessions: round(rng.uniform(...profile.cessions), 2),
    };
  });
}

export interface BudgetInput {
  seed: number;
  asOf: string;
  fromYear: number;
  /** Per commune: buildings generated / buildings at scale 1 (fluid bills are brought back to scale 1). */
  buildingsScale: Map<string, number>;
  fluidCosts: FluidCost[];
  programmes: ProgrammeModel[];
}

/** Executed amounts of one commune-year, line by line (the lines of programmes carry their operation). */
export function executedLines(
  commune: CommuneSpec,
  f: YearFigures,
  input: BudgetInput,
  fullYearFactor: number,
  previousEquipment: number,
  rng: Rng,
): Line[] {
  const lines: Line[] = [];
  const add = (
    section: 'F' | 'I',
    direction: 'R' | 'D',
    account: string,
    split: Split,
    amount: number,
    kind: LineKind,
    op = '',
    isReal = true,
  ) => {
    for (const [fn, value] of byFunction(amount, split, rng)) {
      if (!value) continue;
      lines.push({
        section,
        direction,
        isReal,
        account,
        fn,
        op,
        kind,
        executed: value,
        votes: [0, 0, 0, 0],
        carryPrev: 0,
        carryNext: 0,
      });
    }
  };
  const profile = FINANCE_PROFILES[commune.code];

  // Operating expenses: personnel, fixed shares, interest, then chapter 011 as the remainder.
  const personnel = f.drf * profile.personnelShare * rng.uniform(0.99, 1.01);
  for (const [account, share] of PERSONNEL) add('F', 'D', account, PERSONNEL_FUNCTIONS, personnel * share, 'personnel');
  for (const [account, share, split] of OTHER_EXPENSES)
    add('F', 'D', account, split, f.drf * share * rng.uniform(0.95, 1.05), 'operating');
  add('F', 'D', '66111', '01', f.interest, 'operating');
  // Fluids of the buildings (bills prorated to the year, brought back to scale 1), plus public lighting and
  // other uses outside the metered buildings.
  const costs = input.fluidCosts.filter((c) => c.commune_insee === commune.insee && c.year === f.year);
  const fluid = (fluids: string[], type: string) =>
    costs.filter((c) => fluids.includes(c.fluid) && c.type === type).reduce((s, c) => s + c.amount_eur, 0) /
    (input.buildingsScale.get(commune.insee) ?? 1);
  const types = [...new Set(costs.map((c) => c.type))];
  const energySplit: [string, number][] = types.map((t) => [TYPE_FUNCTION[t], fluid(['electricity', 'gas'], t)]);
  const energy = energySplit.reduce((s, [, v]) => s + v, 0) * fullYearFactor;
  const lighting = types.reduce((s, t) => s + fluid(['electricity'], t), 0) * 0.45 * fullYearFactor;
  const heat = types.reduce((s, t) => s + fluid(['heat'], t), 0) * fullYearFactor;
  const water = types.reduce((s, t) => s + fluid(['water'], t), 0) * 1.2 * fullYearFactor;
  const mergeSplit = (entries: [string, number][]): Split => {
    const m = new Map<string, number>();
    for (const [fn, v] of entries) m.set(fn, (m.get(fn) ?? 0) + v);
    return [...m.entries()].filter(([, v]) => v > 0);
  };
  if (energy + lighting > 0)
    add(
      'F',
      'D',
      '60612',
      mergeSplit([...energySplit.map(([fn, v]) => [fn, v * fullYearFactor] as [string, number]), ['512', lighting]]),
      energy + lighting,
      'operating',
    );
  if (heat > 0)
    add('F', 'D', '60613', mergeSplit(types.map((t) => [TYPE_FUNCTION[t], fluid(['heat'], t)])), heat, 'operating');
  if (water > 0)
    add(
      'F',
      'D',
      '60611',
      mergeSplit([
        ...types.map((t) => [TYPE_FUNCTION[t], fluid(['water'], t)] as [string, number]),
        ['511', water * 0.1],
      ]),
      water,
      'operating',
    );
  const spent = lines.reduce((s, l) => s + l.executed, 0);
  const general = f.drf - spent;
  if (general < f.drf * 0.12) throw new Error(`demo budget: chapter 011 too small for ${commune.name} ${f.year}`);
  const generalLines: Line[] = [];
  const before = lines.length;
  for (const [account, share, split] of GENERAL_EXPENSES)
    add('F', 'D', account, split, general * share * rng.uniform(0.95, 1.05), 'operating');
  generalLines.push(...lines.slice(before));
  rescale(generalLines, round(general, 2));

  // Operating revenue (RRF, asset sales apart).
  const mix = REVENUES.map(([account, share, split]) => {
    let s = profile.revenueMix?.[account] ?? share;
    if (account === '7381') s *= DMTO_INDEX[f.year] ?? 1;
    return [account, s * rng.uniform(0.97, 1.03), split] as [string, number, Split];
  });
  const revenueStart = lines.length;
  for (const [account, share, split] of mix) if (share > 0) add('F', 'R', account, split, share * f.rrf, 'revenue');
  rescale(lines.slice(revenueStart), f.rrf);
  add('F', 'R', '775', '01', f.cessions, 'sale');

  // Investment: programmes (on their operation), the rest of the equipment effort, debt.
  let programmeTotal = 0;
  for (const p of input.programmes) {
    if (p.row.commune_insee !== commune.insee) continue;
    const amount = p.executedFull.get(f.year) ?? 0;
    if (!amount) continue;
    programmeTotal += amount;
    const firstYear = Number(p.row.start_date.slice(0, 4)) === f.year;
    const studies = firstYear ? round(amount * 0.15, 2) : 0;
    const lateStart = firstYear && p.row.start_date.slice(5, 7) >= '07';
    const push = (account: string, value: number) =>
      lines.push({
        section: 'I',
        direction: 'D',
        isReal: true,
        account,
        fn: p.row.function_code,
        op: p.row.programme_id,
        kind: 'equipment',
        executed: value,
        votes: [0, 0, 0, 0],
        carryPrev: 0,
        carryNext: 0,
        lateStart,
      });
    if (studies) push('2031', studies);
    push(p.account, round(amount - studies, 2));
  }
  const outside = Math.max(f.equipment * 0.25, f.equipment - programmeTotal);
  for (const [account, share, split] of EQUIPMENT_OUTSIDE_PROGRAMMES)
    add('I', 'D', account, split, outside * share, 'equipment');
  const equipment = programmeTotal + outside;
  add('I', 'D', '1641', '01', f.repayment, 'debt');
  add('I', 'R', '10222', '01', FCTVA_RATE * 0.85 * previousEquipment, 'financing');
  for (const [account, share, split] of SUBSIDIES)
    add('I', 'R', account, split, equipment * share * rng.uniform(0.7, 1.3), 'financing');
  add('I', 'R', '1641', '01', f.borrowing, 'debt');
  // Asset sales are forecast on 024 (never executed there: the sale is executed on 775).
  lines.push({
    section: 'I',
    direction: 'R',
    isReal: true,
    account: '024',
    fn: '01',
    op: '',
    kind: 'sale',
    executed: 0,
    votes: [0, 0, 0, 0],
    carryPrev: 0,
    carryNext: 0,
  });
  // Depreciation, an order operation on both sections.
  add('F', 'D', '6811', '01', f.depreciation, 'order', '', false);
  add('I', 'R', '28188', '01', f.depreciation, 'order', '', false);
  return lines;
}
