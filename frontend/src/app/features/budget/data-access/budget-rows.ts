import type { ApiRow } from '../../../api';

/**
 * The rows the budget API returns (`/api/v1/budget/...`): the types generated from its contract (frontend/src/app/api).
 * Euros; rates are fractions.
 */

export type BudgetStage = 'BP' | 'BS' | 'DM' | 'CA';
export type Section = 'F' | 'I';
export type Direction = 'D' | 'R';
export type RatioStatus = 'ok' | 'warning' | 'critical';

/** One budget of the commune (`GET /api/v1/budget/budgets`): its budget principal, then each budget annexe. */
export interface BudgetRef {
  /** 'principal', or the SIRET of a budget annexe: the `budget` parameter of /budget/ratios and /budget/health. */
  code: string;
  kind: 'principal' | 'annexe';
  name: string;
  siret: string | null;
  first_year: number | null;
  last_year: number | null;
  accounts_years: number[];
}

/** What the ratios are computed on: the budget principal, a budget annexe (its SIRET), or all of them consolidated. */
export type BudgetChoice = 'principal' | 'consolidated' | (string & {});

/** `GET /budget/health`: one year of executed accounts with every ratio. */
export type HealthRow = ApiRow<'getBudgetHealth'>;

/** `GET /budget/documents`. */
export type DocumentRow = ApiRow<'getBudgetDocuments'>;

export type ExecutionLevel = 'section' | 'chapter' | 'function' | 'subfunction' | 'function_chapter' | 'article';

/** Voted and executed amounts of a stage, cumulated, as every execution row and line carries them. */
export interface Credits {
  credits_after_bp: number | null;
  credits_after_bs: number | null;
  credits_after_dm: number | null;
  carry_prev: number;
  credits_open: number | null;
  executed: number | null;
  carry_next: number | null;
  cancelled: number | null;
  execution_rate: number | null;
}

/** `GET /budget/execution`. */
export type ExecutionRow = ApiRow<'getBudgetExecution'>;

/** `GET /budget/lines`. */
export type LineRow = ApiRow<'getBudgetLines'>;

/** `GET /budget/programmes`. */
export type ProgrammeRow = ApiRow<'getBudgetProgrammes'>;

export type PlaceKind = 'quartier' | 'building' | 'street' | 'commune' | 'unlocated';

/** `GET /budget/investment`. */
export type PlaceRow = ApiRow<'getBudgetInvestment'>;

/** `GET /budget/investment/operations`. */
export type OperationRow = ApiRow<'getBudgetInvestmentOperations'>;

/** `GET /budget/comparison`: a commune's ratios beside its partners'. */
export type ComparisonRow = ApiRow<'getBudgetComparison'>;

/** `GET /budget/structure`. */
export type StructureRow = ApiRow<'getBudgetStructure'>;
