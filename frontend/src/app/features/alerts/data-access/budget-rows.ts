import { KpiRow } from '../../../shared/kpis/kpi-row';
import { OverviewRow } from '../../overview';

export type { OverviewRow };

export type RatioStatus = 'ok' | 'warning' | 'critical';

/** One year of `GET /api/v1/budget/health` (view kpi_budget_ratios): the fields the brief reads. */
export interface BudgetHealthRow {
  commune_insee: string;
  year: number;
  population: number;
  epargne_brute: number;
  epargne_nette: number;
  taux_epargne_brute: number | null;
  capacite_desendettement_annees: number | null;
  encours_dette: number | null;
  depenses_equipement: number;
  depenses_equipement_par_habitant: number | null;
  encours_dette_par_habitant: number | null;
  taux_epargne_brute_status: RatioStatus | null;
  capacite_desendettement_status: RatioStatus | null;
  epargne_nette_status: RatioStatus | null;
  epargne_brute_change: number | null;
  taux_epargne_brute_prev: number | null;
  capacite_desendettement_prev: number | null;
  depenses_equipement_prev: number | null;
  depenses_equipement_change: number | null;
}

/** `GET /api/v1/budget/thresholds`: the alert thresholds of the ratios, with their source. */
export interface RatioThreshold {
  indicator: string;
  warning: number;
  critical: number;
  direction: 'below' | 'above';
  unit: string;
  source: string;
}

/** One row of `GET /api/v1/fluids/commune-years` (public aggregate of all municipal buildings). */
export interface FluidsYearRow {
  fluid: string;
  unit: string | null;
  year: number;
  quantity: number | null;
  corrected_quantity: number | null;
  amount_eur: number;
  amount_per_inhabitant_eur: number | null;
  complete: boolean;
  change_vs_previous_year: number | null;
  amount_change_vs_previous_year: number | null;
}

/** One programme (AP/CP) of `GET /api/v1/budget/programmes`. */
export interface ProgrammeRow {
  programme_id: string;
  name: string;
  description: string | null;
  status: 'planned' | 'in_progress' | 'done' | 'suspended';
  quartier_id: number | null;
  quartier: string | null;
  building_name: string | null;
  street: string | null;
  lat: number | null;
  lon: number | null;
  ap_amount_eur: number;
  cp_executed_to_date: number;
  remaining_eur: number;
  progress_rate: number | null;
  exceeds_ap: boolean;
  start_date: string;
  planned_end_date: string;
  expected_end_date: string;
  slippage_months: number;
  is_late: boolean;
  /** The alerts centre's severity (view kpi_programme_severity): high ("Critique"), medium, or null when not flagged. */
  severity: 'high' | 'medium' | null;
}

/** One row of `GET /api/v1/budget/comparison`: a partner commune's ratios. */
export interface PartnerRatiosRow {
  commune: string;
  commune_insee: string;
  year: number;
  population: number;
  taux_epargne_brute: number | null;
  capacite_desendettement_annees: number | null;
  depenses_equipement_par_habitant: number | null;
  encours_dette_par_habitant: number | null;
  drf_par_habitant: number | null;
}

/** One open alert of `GET /api/v1/fluids/alerts` (internal: staff only). */
export interface FluidsAlertRow {
  alert_key: string;
  building_id: string;
  building_name: string;
  fluid: string;
  kind: string;
  month: string;
  since_month: string;
  months: number;
  estimated_cost_eur: number | null;
  acknowledged: boolean;
}

/**
 * The public figures the alerts centre's budget points are built from: the KPI catalogue's rows of the accounts year
 * (ratios judged in SQL, with their levels) and the programmes (with their severity).
 */
export interface BudgetData {
  kpis: KpiRow[];
  programmes: ProgrammeRow[];
}

/** The partner communes, side by side. */
export interface PartnersData {
  ratios: PartnerRatiosRow[];
  overview: OverviewRow[];
  fluids: (FluidsYearRow & { commune_insee: string })[];
}
