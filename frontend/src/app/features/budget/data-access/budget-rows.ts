/** The rows the budget API returns (`/api/v1/budget/...`), as documented in its OpenAPI. Euros; rates are fractions. */

export type BudgetStage = 'BP' | 'BS' | 'DM' | 'CA';
export type Section = 'F' | 'I';
export type Direction = 'D' | 'R';
export type RatioStatus = 'ok' | 'warning' | 'critical';

/** `GET /budget/health`: one year of executed accounts with every ratio. */
export interface HealthRow {
  commune_insee: string;
  year: number;
  population: number;
  recettes_reelles_fonctionnement: number;
  depenses_reelles_fonctionnement: number;
  interets_dette: number;
  epargne_gestion: number;
  epargne_brute: number;
  taux_epargne_brute: number | null;
  remboursement_capital: number;
  epargne_nette: number;
  encours_dette: number | null;
  capacite_desendettement_annees: number | null;
  depenses_equipement: number;
  depenses_equipement_par_habitant: number;
  encours_dette_par_habitant: number | null;
  taux_epargne_brute_status: RatioStatus | null;
  capacite_desendettement_status: RatioStatus | null;
  epargne_nette_status: RatioStatus;
  epargne_brute_prev: number | null;
  taux_epargne_brute_prev: number | null;
  capacite_desendettement_prev: number | null;
  depenses_equipement_prev: number | null;
  encours_dette_prev: number | null;
}

/** `GET /budget/documents`. */
export interface DocumentRow {
  year: number;
  stage: BudgetStage;
  document_seq: number;
  nomenclature: 'M57' | 'M14';
  lines: number;
}

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
export interface ExecutionRow extends Credits {
  section: Section;
  direction: Direction;
  level: ExecutionLevel;
  function: string | null;
  function_label: string | null;
  subfunction: string | null;
  subfunction_label: string | null;
  chapter: string | null;
  chapter_label: string | null;
  account: string | null;
  account_label: string | null;
  commitment_rate: number | null;
  share_of_section: number | null;
  executed_per_inhabitant: number | null;
  lines: number;
}

/** `GET /budget/lines`. */
export interface LineRow extends Credits {
  section: Section;
  direction: Direction;
  is_real: boolean;
  chapter: string;
  chapter_label: string;
  account: string;
  account_label: string;
  function_code: string;
  function_code_label: string;
  operation: string;
}

/** `GET /budget/programmes`. */
export interface ProgrammeRow {
  programme_id: string;
  name: string;
  status: 'planned' | 'in_progress' | 'done' | 'suspended';
  function_label: string;
  quartier_id: number | null;
  quartier: string | null;
  building_name: string | null;
  street: string | null;
  lat: number | null;
  lon: number | null;
  ap_amount_eur: number;
  ap_initial_eur: number | null;
  cp_executed_to_date: number;
  cp_planned_total: number;
  remaining_eur: number;
  progress_rate: number | null;
  exceeds_ap: boolean;
  start_date: string;
  planned_end_date: string;
  expected_end_date: string;
  slippage_days: number;
  slippage_months: number;
  is_late: boolean;
}

export type PlaceKind = 'quartier' | 'building' | 'street' | 'commune' | 'unlocated';

/** `GET /budget/investment`. */
export interface PlaceRow {
  place_kind: PlaceKind;
  place_key: string;
  place_label: string;
  quartier_id: number | null;
  population: number | null;
  cp_executed_eur: number;
  cp_planned_eur: number;
  executed_per_inhabitant: number | null;
  planned_per_inhabitant: number | null;
  programmes: number;
}

/** `GET /budget/investment/operations`. */
export interface OperationRow {
  programme_id: string;
  name: string;
  status: ProgrammeRow['status'];
  year: number;
  cp_planned_eur: number;
  cp_executed_eur: number;
  cp_executed_cumulative: number;
  ap_amount_eur: number;
  quartier_id: number | null;
  quartier: string | null;
  building_name: string | null;
  street: string | null;
}

/** `GET /budget/comparison`: a commune's ratios beside its partners'. */
export interface ComparisonRow extends HealthRow {
  commune: string;
  rrf_par_habitant: number;
  drf_par_habitant: number;
  rigidite: number | null;
}

/** `GET /budget/structure`. */
export interface StructureRow {
  commune_insee: string;
  commune: string;
  year: number;
  axis: 'nature' | 'function';
  code: string;
  label: string;
  executed: number;
  share_of_section: number | null;
  executed_per_inhabitant: number | null;
}
