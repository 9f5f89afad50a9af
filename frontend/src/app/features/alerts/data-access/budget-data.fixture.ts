import { OVERVIEW_ROWS_FIXTURE } from '../../overview/data-access/overview-row.fixture';
import {
  BudgetData,
  BudgetHealthRow,
  FluidsAlertRow,
  FluidsYearRow,
  PartnersData,
  ProgrammeRow,
  RatioThreshold,
} from './budget-rows';

/** Test data: Lille's 2024 and 2025 accounts, round enough to check by hand. */
function health(year: number, figures: Partial<BudgetHealthRow>): BudgetHealthRow {
  return {
    commune_insee: '59350',
    year,
    population: 236234,
    epargne_brute: 0,
    epargne_nette: 0,
    taux_epargne_brute: null,
    capacite_desendettement_annees: null,
    encours_dette: null,
    depenses_equipement: 0,
    depenses_equipement_par_habitant: null,
    encours_dette_par_habitant: null,
    taux_epargne_brute_status: null,
    capacite_desendettement_status: null,
    epargne_nette_status: null,
    epargne_brute_change: null,
    taux_epargne_brute_prev: null,
    capacite_desendettement_prev: null,
    depenses_equipement_prev: null,
    depenses_equipement_change: null,
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

function fluids(fluid: string, year: number, figures: Partial<FluidsYearRow>): FluidsYearRow {
  return {
    fluid,
    unit: fluid === 'all' ? null : 'kWh',
    year,
    quantity: null,
    corrected_quantity: null,
    amount_eur: 0,
    amount_per_inhabitant_eur: null,
    complete: true,
    change_vs_previous_year: null,
    amount_change_vs_previous_year: null,
    ...figures,
  };
}

export const FLUIDS_FIXTURE: FluidsYearRow[] = [
  fluids('all', 2024, { amount_eur: 10_000_000, amount_per_inhabitant_eur: 42.33 }),
  // +12 % like for like: above the +10 % alert of the house convention.
  fluids('all', 2025, {
    amount_eur: 11_200_000,
    amount_per_inhabitant_eur: 47.41,
    amount_change_vs_previous_year: 0.12,
  }),
  fluids('energy', 2024, { corrected_quantity: 100_000_000 }),
  fluids('energy', 2025, {
    corrected_quantity: 97_000_000,
    change_vs_previous_year: -0.03,
    complete: false,
  }),
];

function programme(id: string, figures: Partial<ProgrammeRow>): ProgrammeRow {
  return {
    programme_id: id,
    name: `Programme ${id}`,
    description: null,
    status: 'in_progress',
    quartier_id: 2,
    quartier: 'Fives',
    building_name: null,
    street: null,
    lat: null,
    lon: null,
    ap_amount_eur: 1_000_000,
    cp_executed_to_date: 500_000,
    remaining_eur: 500_000,
    progress_rate: 0.5,
    exceeds_ap: false,
    start_date: '2023-01-01',
    planned_end_date: '2026-06-30',
    expected_end_date: '2026-06-30',
    slippage_months: 0,
    is_late: false,
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
  }),
  programme('P2', {
    name: 'École Lakanal',
    is_late: true,
    slippage_months: 6.2,
    expected_end_date: '2027-01-31',
    quartier_id: 1,
    quartier: 'Wazemmes',
  }),
  programme('P3', {
    name: 'Jardin des Plantes',
    status: 'done',
    expected_end_date: '2024-11-15',
    quartier_id: 2,
    quartier: 'Fives',
    progress_rate: 1,
  }),
  programme('P4', { name: 'Mairie de quartier', status: 'suspended' }),
];

export const BUDGET_DATA_FIXTURE: BudgetData = {
  overview: OVERVIEW_ROWS_FIXTURE,
  health: HEALTH_FIXTURE,
  thresholds: THRESHOLDS_FIXTURE,
  fluids: FLUIDS_FIXTURE,
  programmes: PROGRAMMES_FIXTURE,
};

export const ALERTS_FIXTURE: FluidsAlertRow[] = [
  {
    alert_key: 'leak|LIL-ECO-023|water|2025-09',
    building_id: 'LIL-ECO-023',
    building_name: 'École Jules Ferry',
    fluid: 'water',
    kind: 'leak',
    month: '2026-10',
    since_month: '2025-09',
    months: 14,
    estimated_cost_eur: 5011.06,
    acknowledged: false,
  },
  {
    alert_key: 'anomaly|LIL-GYM-011|water|2026-02',
    building_id: 'LIL-GYM-011',
    building_name: 'Gymnase Anquetil',
    fluid: 'water',
    kind: 'anomaly',
    month: '2026-02',
    since_month: '2026-02',
    months: 1,
    estimated_cost_eur: 106.05,
    acknowledged: false,
  },
  {
    alert_key: 'anomaly|LIL-MAI-001|gas|2026-01',
    building_id: 'LIL-MAI-001',
    building_name: 'Hôtel de ville',
    fluid: 'gas',
    kind: 'anomaly',
    month: '2026-01',
    since_month: '2026-01',
    months: 1,
    estimated_cost_eur: 900,
    acknowledged: true,
  },
];

export const PARTNERS_FIXTURE: PartnersData = {
  ratios: [
    {
      commune: 'Lille',
      commune_insee: '59350',
      year: 2025,
      population: 236234,
      taux_epargne_brute: 0.095,
      capacite_desendettement_annees: 13,
      depenses_equipement_par_habitant: 372.5,
      encours_dette_par_habitant: 1329.19,
      drf_par_habitant: 2035.97,
    },
    {
      commune: 'Roubaix',
      commune_insee: '59512',
      year: 2025,
      population: 98089,
      taux_epargne_brute: 0.064,
      capacite_desendettement_annees: 14.18,
      depenses_equipement_par_habitant: 250,
      encours_dette_par_habitant: 1560,
      drf_par_habitant: 1800,
    },
    {
      commune: 'Marcq-en-Barœul',
      commune_insee: '59378',
      year: 2025,
      population: 39474,
      taux_epargne_brute: 0.14,
      capacite_desendettement_annees: 2.64,
      depenses_equipement_par_habitant: 320,
      encours_dette_par_habitant: 608,
      drf_par_habitant: 1500,
    },
  ],
  overview: [
    { ...OVERVIEW_ROWS_FIXTURE[1] },
    { ...OVERVIEW_ROWS_FIXTURE[1], commune_insee: '59512', vacancy_rate: 0.134 },
  ],
  fluids: [
    { ...FLUIDS_FIXTURE[1], commune_insee: '59350' },
    { ...FLUIDS_FIXTURE[1], commune_insee: '59512', amount_per_inhabitant_eur: 51.2 },
  ],
};
