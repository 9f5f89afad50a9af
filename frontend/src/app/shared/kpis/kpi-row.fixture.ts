import { KpiRow } from './kpi-row';

/**
 * A catalogue row for front-end tests, typed from the one KpiRow: a whole year 2025 of Testville's fluids cost
 * unless told otherwise. Figures are the test's own.
 */
export function kpiRowFixture(overrides: Partial<KpiRow> = {}): KpiRow {
  return {
    commune_insee: '59350',
    family: 'fluids',
    indicator: 'fluids_cost',
    label: 'Coût des fluides',
    subject_id: null,
    subject_label: null,
    year: 2025,
    period_kind: 'year',
    period_start: '2025-01-01',
    period_end: '2025-12-31',
    months_covered: 12,
    complete: true,
    value: 1_000_000,
    unit: 'EUR',
    comparison_value: 800_000,
    comparison_start: '2024-01-01',
    comparison_end: '2024-12-31',
    change: 0.25,
    change_kind: 'relative',
    status: 'alert',
    threshold: 0.1,
    watch_threshold: 0.03,
    threshold_direction: 'above',
    threshold_judged_on: 'change',
    threshold_source: 'default',
    weather_corrected: false,
    is_public: true,
    ...overrides,
  };
}
