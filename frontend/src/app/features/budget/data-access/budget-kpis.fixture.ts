import { KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';

const budget = (overrides: Partial<KpiRow>): KpiRow =>
  kpiRowFixture({
    commune_insee: '59512',
    family: 'budget',
    year: 2024,
    period_start: '2024-01-01',
    period_end: '2024-12-31',
    comparison_start: '2023-01-01',
    comparison_end: '2023-12-31',
    unit: 'EUR',
    change_kind: 'relative',
    status: null,
    threshold: null,
    watch_threshold: null,
    threshold_direction: null,
    threshold_judged_on: null,
    threshold_source: null,
    ...overrides,
  });

const judged = (direction: 'below' | 'above', watch: number, alert: number): Partial<KpiRow> => ({
  threshold: alert,
  watch_threshold: watch,
  threshold_direction: direction,
  threshold_judged_on: 'value',
  threshold_source: 'default',
});

/** Test data: the catalogue's budget rows of 2024 for HEALTH_FIXTURE's accounts (2023 the year before), by hand. */
export const BUDGET_KPIS_2024: KpiRow[] = [
  budget({ indicator: 'depenses_fonctionnement', value: 110_000_000, comparison_value: 107_000_000, change: 0.028 }),
  budget({ indicator: 'depenses_equipement', value: 25_000_000, comparison_value: 28_000_000, change: -0.1071 }),
  // 12 / 15 - 1
  budget({ indicator: 'epargne_brute', value: 12_000_000, comparison_value: 15_000_000, change: -0.2 }),
  // 0.075 - 0.0968: -2.18 points; under 10 %, above 7 %: to watch
  budget({
    indicator: 'taux_epargne_brute',
    unit: 'fraction',
    value: 0.075,
    comparison_value: 0.0968,
    change: -0.0218,
    change_kind: 'points',
    status: 'watch',
    ...judged('below', 0.1, 0.07),
  }),
  budget({
    indicator: 'epargne_nette',
    value: 2_000_000,
    comparison_value: 6_000_000,
    change: -0.6667,
    status: 'ok',
    ...judged('below', 0, 0),
  }),
  // 12.5 years: above the 12-year ceiling, under the 15-year red line
  budget({
    indicator: 'capacite_desendettement',
    unit: 'years',
    value: 12.5,
    comparison_value: 9.33,
    change: 0.3398,
    status: 'watch',
    ...judged('above', 12, 15),
  }),
  budget({ indicator: 'encours_dette', value: 150_000_000, comparison_value: 140_000_000, change: 0.0714 }),
  // 60 % is under 70 %, above 50 %
  budget({
    indicator: 'taux_execution_investissement',
    unit: 'fraction',
    value: 0.6,
    comparison_value: null,
    comparison_start: null,
    comparison_end: null,
    change: null,
    change_kind: null,
    status: 'watch',
    ...judged('below', 0.7, 0.5),
  }),
];
