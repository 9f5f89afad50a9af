import type { ApiRow } from '../../../api';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { FluidsAlert } from './alert-rows';

/** One year of `GET /api/v1/budget/health` (view kpi_budget_ratios): the ratios the brief reads, with their levels. */
export type BudgetHealthRow = ApiRow<'getBudgetHealth'>;

export type RatioStatus = BudgetHealthRow['epargne_nette_status'];

/** `GET /api/v1/budget/thresholds`: the alert thresholds of the ratios, with their source. */
export type RatioThreshold = ApiRow<'getBudgetThresholds'>;

/**
 * One programme (AP/CP) of `GET /api/v1/budget/programmes`, with the alerts centre's severity (view
 * kpi_programme_severity): high ("Critique"), medium, or null when not flagged.
 */
export type ProgrammeRow = ApiRow<'getBudgetProgrammes'>;

/** One alert of `GET /api/v1/fluids/alerts` (internal: staff only), as the decisions read it. */
export type FluidsAlertRow = FluidsAlert;

/**
 * The public figures the alerts centre's budget points are built from: the KPI catalogue's rows of the accounts year
 * (ratios judged in SQL, with their levels) and the programmes (with their severity).
 */
export interface BudgetData {
  kpis: KpiRow[];
  programmes: ProgrammeRow[];
}
