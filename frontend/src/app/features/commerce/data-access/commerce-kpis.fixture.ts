import { KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';

/**
 * Test data: Lille's commerce row of the KPI catalogue for 2025, typed from KpiRow: 10,92 % at 31/12/2025 against
 * 10,52 % a year before (+0,4 point), past the default alert level of 10 % (watch from 7,5 %).
 */
export const COMMERCE_KPIS_2025: KpiRow[] = [
  kpiRowFixture({
    family: 'commerce',
    indicator: 'vacancy_rate',
    label: 'Taux de vacance commerciale',
    period_kind: 'date',
    unit: 'fraction',
    value: 0.1092,
    comparison_value: 0.1052,
    change: 0.004,
    change_kind: 'points',
    status: 'alert',
    threshold: 0.1,
    watch_threshold: 0.075,
    threshold_judged_on: 'value',
  }),
];
