import { KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';
import { BudgetData, BudgetHealthRow, FluidsAlertRow, ProgrammeRow, RatioThreshold } from './budget-rows';

/** Test data: Lille's 2024 and 2025 accounts, round enough to check by hand. */
function health(year: number, figures: Partial<BudgetHealthRow>): BudgetHealthRow {
  return {
    commune_insee: '59350',
    year,
    budget: 'principal',
    budget_kind: 'principal',
    budget_name: 'Budget principal',
    population: 236234,
    recettes_reelles_fonctionnement: 0,
    depenses_reelles_fonctionnement: 0,
    interets_dette: 0,
    charges_personnel: 0,
    charges_generales: 0,
    autres_charges_gestion: 0,
    epargne_gestion: 0,
    epargne_brute: 0,
    taux_epargne_brute: null,
    remboursement_capital: 0,
    epargne_nette: 0,
    encours_dette: null,
    capacite_desendettement_annees: null,
    depenses_equipement: 0,
    recettes_investissement_hors_emprunt: 0,
    emprunts_nouveaux: 0,
    depenses_investissement_hors_dette: 0,
    variation_fonds_roulement: 0,
    rigidite: null,
    rrf_par_habitant: null,
    drf_par_habitant: null,
    depenses_equipement_par_habitant: null,
    encours_dette_par_habitant: null,
    taux_epargne_brute_status: null,
    capacite_desendettement_status: null,
    epargne_nette_status: 'ok',
    epargne_brute_prev: null,
    epargne_brute_change: null,
    taux_epargne_brute_prev: null,
    capacite_desendettement_prev: null,
    depenses_equipement_prev: null,
    depenses_equipement_change: null,
    encours_dette_prev: null,
    ...figures,
  };
}

export const HEALTH_FIXTURE: BudgetHealthRow[] = [
  health(2024, {
    epargne_brute: 62_000_000,
    epargne_nette: 40_000_000,
    taux_epargne_brute: 0.115,
    capacite_desendettement_annees: 5.14,
    depenses_equipement: 80_000_000,
    taux_epargne_brute_status: 'ok',
    capacite_desendettement_status: 'ok',
    epargne_nette_status: 'ok',
  }),
  // 2025: savings rate 9.5 % (below the 10 % warning), capacity 13 years (above the 12-year ceiling).
  health(2025, {
    epargne_brute: 50_000_000,
    epargne_nette: 28_000_000,
    taux_epargne_brute: 0.095,
    capacite_desendettement_annees: 13,
    depenses_equipement: 88_000_000,
    depenses_equipement_prev: 80_000_000,
    depenses_equipement_change: 0.1,
    taux_epargne_brute_status: 'warning',
    capacite_desendettement_status: 'warning',
    epargne_nette_status: 'ok',
    taux_epargne_brute_prev: 0.115,
    capacite_desendettement_prev: 5.14,
  }),
];

export const THRESHOLDS_FIXTURE: RatioThreshold[] = [
  {
    indicator: 'taux_epargne_brute',
    warning: 0.1,
    critical: 0.07,
    direction: 'below',
    unit: 'fraction',
    source: 'Convention',
  },
  {
    indicator: 'capacite_desendettement_annees',
    warning: 12,
    critical: 15,
    direction: 'above',
    unit: 'years',
    source: 'LPFP 2018-2022',
  },
];

function programme(id: string, figures: Partial<ProgrammeRow>): ProgrammeRow {
  return {
    commune_insee: '59350',
    programme_id: id,
    name: `Programme ${id}`,
    description: null,
    status: 'in_progress',
    function_code: null,
    function: null,
    function_label: 'Non ventilé',
    quartier_id: 2,
    quartier: 'Fives',
    building_id: null,
    building_name: null,
    street: null,
    lat: null,
    lon: null,
    ap_amount_eur: 1_000_000,
    ap_initial_eur: null,
    ap_revision_eur: null,
    cp_executed_to_date: 500_000,
    cp_planned_total: 1_000_000,
    remaining_eur: 500_000,
    progress_rate: 0.5,
    exceeds_ap: false,
    first_cp_year: 2023,
    last_cp_year: 2026,
    start_date: '2023-01-01',
    planned_end_date: '2026-06-30',
    expected_end_date: '2026-06-30',
    slippage_days: 0,
    slippage_months: 0,
    is_late: false,
    severity: null,
    ...figures,
  };
}

export const PROGRAMMES_FIXTURE: ProgrammeRow[] = [
  programme('P1', {
    name: 'Piscine de Fives',
    ap_amount_eur: 12_000_000,
    exceeds_ap: true,
    lat: 50.63,
    lon: 3.09,
    building_name: 'Piscine de Fives',
    progress_rate: 1.05,
    severity: 'high',
  }),
  programme('P2', {
    name: 'École Lakanal',
    is_late: true,
    slippage_days: 215,
    slippage_months: 6.2,
    expected_end_date: '2027-01-31',
    quartier_id: 1,
    quartier: 'Wazemmes',
    severity: 'medium',
  }),
  programme('P3', {
    name: 'Jardin des Plantes',
    status: 'done',
    expected_end_date: '2024-11-15',
    quartier_id: 2,
    quartier: 'Fives',
    progress_rate: 1,
  }),
  programme('P4', { name: 'Mairie de quartier', status: 'suspended', severity: 'medium' }),
];

/**
 * The KPI catalogue's budget rows of 2025 (GET /kpis, family budget), judged in SQL: a savings rate of 9,5 % under
 * the 10 % to watch (alert under 7 %), a debt capacity of 13 years past the 12 to watch (alert past 15), positive
 * net savings.
 */
export const KPIS_FIXTURE: KpiRow[] = [
  kpiRowFixture({
    family: 'budget',
    indicator: 'taux_epargne_brute',
    label: 'Taux d’épargne brute',
    value: 0.095,
    unit: 'fraction',
    comparison_value: 0.115,
    change: -0.02,
    change_kind: 'points',
    status: 'watch',
    threshold: 0.07,
    watch_threshold: 0.1,
    threshold_direction: 'below',
    threshold_judged_on: 'value',
  }),
  kpiRowFixture({
    family: 'budget',
    indicator: 'capacite_desendettement',
    label: 'Capacité de désendettement',
    value: 13,
    unit: 'years',
    comparison_value: 5.14,
    change: 1.529,
    status: 'watch',
    threshold: 15,
    watch_threshold: 12,
    threshold_direction: 'above',
    threshold_judged_on: 'value',
  }),
  kpiRowFixture({
    family: 'budget',
    indicator: 'epargne_nette',
    label: 'Épargne nette',
    value: 28_000_000,
    comparison_value: 40_000_000,
    change: -0.3,
    status: 'ok',
    threshold: 0,
    watch_threshold: 0,
    threshold_direction: 'below',
    threshold_judged_on: 'value',
  }),
];

/** The alerts centre's budget data, with the health rows and thresholds its page also loads. */
export const BUDGET_DATA_FIXTURE: BudgetData & {
  health: BudgetHealthRow[];
  thresholds: RatioThreshold[];
} = {
  health: HEALTH_FIXTURE,
  thresholds: THRESHOLDS_FIXTURE,
  kpis: KPIS_FIXTURE,
  programmes: PROGRAMMES_FIXTURE,
};

/** An alert episode of a building, open unless said otherwise. */
const fluidsAlert = (values: Partial<FluidsAlertRow> & Pick<FluidsAlertRow, 'alert_key'>): FluidsAlertRow => ({
  building_id: 'LIL-ECO-023',
  building_name: 'École Jules Ferry',
  building_type: 'school',
  quartier_id: null,
  fluid: 'water',
  unit: 'm3',
  kind: 'anomaly',
  rule_id: null,
  month: '2026-01',
  since_month: '2026-01',
  months: 1,
  excess_quantity: null,
  estimated_cost_eur: null,
  score: null,
  acknowledged: false,
  acknowledged_at: null,
  acknowledged_by: null,
  comment: null,
  ...values,
});

export const ALERTS_FIXTURE: FluidsAlertRow[] = [
  fluidsAlert({
    alert_key: 'leak|LIL-ECO-023|water|2025-09',
    kind: 'leak',
    month: '2026-10',
    since_month: '2025-09',
    months: 14,
    estimated_cost_eur: 5011.06,
  }),
  fluidsAlert({
    alert_key: 'anomaly|LIL-GYM-011|water|2026-02',
    building_id: 'LIL-GYM-011',
    building_name: 'Gymnase Anquetil',
    building_type: 'gym',
    month: '2026-02',
    since_month: '2026-02',
    estimated_cost_eur: 106.05,
  }),
  fluidsAlert({
    alert_key: 'anomaly|LIL-MAI-001|gas|2026-01',
    building_id: 'LIL-MAI-001',
    building_name: 'Hôtel de ville',
    building_type: 'town_hall',
    fluid: 'gas',
    unit: 'kWh',
    estimated_cost_eur: 900,
    acknowledged: true,
  }),
];
