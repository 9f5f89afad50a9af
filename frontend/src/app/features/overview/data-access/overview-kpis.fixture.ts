import { KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';

/** Test data: Lille's catalogue rows for 2025 (a whole year) and 2026 (January to October), typed from KpiRow. */
export const OVERVIEW_KPIS_2025: KpiRow[] = [
  kpiRowFixture({
    family: 'budget',
    indicator: 'depenses_fonctionnement',
    value: 412_500_000,
    comparison_value: 399_709_302,
    change: 0.032,
    status: null,
    threshold: null,
    watch_threshold: null,
  }),
  kpiRowFixture({ family: 'budget', indicator: 'depenses_equipement', value: 95_000_000, change: -0.05, status: null }),
  kpiRowFixture({ indicator: 'fluids_cost', value: 11_500_000, change: 0.15, status: 'alert' }),
  kpiRowFixture({ indicator: 'energy', unit: 'kWh', value: 118_000_000, change: -0.0167, status: null }),
  kpiRowFixture({
    family: 'commerce',
    indicator: 'vacancy_rate',
    period_kind: 'date',
    unit: 'fraction',
    value: 0.094,
    comparison_value: 0.102,
    change: -0.008,
    change_kind: 'points',
    status: 'watch',
    threshold: 0.1,
    watch_threshold: 0.075,
  }),
  kpiRowFixture({
    family: 'flows',
    indicator: 'footfall',
    unit: 'count',
    value: 9_450_000,
    change: 0.05,
    status: null,
  }),
];

export const OVERVIEW_KPIS_2026: KpiRow[] = [
  kpiRowFixture({
    indicator: 'fluids_cost',
    year: 2026,
    period_start: '2026-01-01',
    period_end: '2026-10-31',
    months_covered: 10,
    complete: false,
    value: 8_000_000,
    comparison_value: 9_000_000,
    comparison_start: '2025-01-01',
    comparison_end: '2025-10-31',
    change: -0.1111,
    status: 'ok',
  }),
];
