import type { ApiResponse, ApiRow } from '../../../api';

/**
 * The rows the budget API returns (`/api/v1/budget/...`): the types generated from its contract (frontend/src/app/api).
 * Euros; rates are fractions.
 */

/**
 * One budget of the commune (`GET /api/v1/budget/budgets`): its budget principal, then each budget annexe. `code`:
 * 'principal', or the SIRET of a budget annexe: the `budget` parameter of /budget/ratios and /budget/health.
 */
export type BudgetRef = ApiRow<'getBudgetBudgets'>;

/** What the ratios are computed on: the budget principal, a budget annexe (its SIRET), or all of them consolidated. */
export type BudgetChoice = 'principal' | 'consolidated' | (string & {});

/** `GET /budget/health`: one year of executed accounts with every ratio. */
export type HealthRow = ApiRow<'getBudgetHealth'>;

/** `GET /budget/ratios`: the nine ratios of one year's accounts (the stable contract for BI tools). */
export type RatiosRow = ApiResponse<'getBudgetRatios'>;

/** `GET /budget/documents`. */
export type DocumentRow = ApiRow<'getBudgetDocuments'>;

/** `GET /budget/execution`. */
export type ExecutionRow = ApiRow<'getBudgetExecution'>;

/** Voted and executed amounts of a stage, cumulated, as every execution row and line carries them. */
export type Credits = Pick<
  ExecutionRow,
  | 'credits_after_bp'
  | 'credits_after_bs'
  | 'credits_after_dm'
  | 'carry_prev'
  | 'credits_open'
  | 'executed'
  | 'carry_next'
  | 'cancelled'
  | 'execution_rate'
>;

/** `GET /budget/lines`. */
export type LineRow = ApiRow<'getBudgetLines'>;

/** `GET /budget/programmes`. */
export type ProgrammeRow = ApiRow<'getBudgetProgrammes'>;

/** `GET /budget/investment`. */
export type PlaceRow = ApiRow<'getBudgetInvestment'>;

/** `GET /budget/investment/operations`. */
export type OperationRow = ApiRow<'getBudgetInvestmentOperations'>;

/** `GET /budget/comparison`: a commune's ratios beside its partners'. */
export type ComparisonRow = ApiRow<'getBudgetComparison'>;

/** `GET /budget/structure`. */
export type StructureRow = ApiRow<'getBudgetStructure'>;

export type BudgetStage = DocumentRow['stage'];
export type Section = ExecutionRow['section'];
export type Direction = ExecutionRow['direction'];
export type ExecutionLevel = ExecutionRow['level'];
export type PlaceKind = PlaceRow['place_kind'];
export type RatioStatus = HealthRow['epargne_nette_status'];
