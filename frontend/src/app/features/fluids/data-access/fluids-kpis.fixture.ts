import { KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';

/** Test data: Lille's fluids rows of the KPI catalogue for 2025, typed from KpiRow (same figures as the years). */
export const FLUIDS_KPIS_2025: KpiRow[] = [
  kpiRowFixture({
    indicator: 'fluids_cost',
    value: 6_585_222,
    comparison_value: 7_357_854,
    change: -0.105,
    status: 'ok',
  }),
  kpiRowFixture({
    indicator: 'energy',
    label: 'Énergie consommée',
    unit: 'kWh',
    value: 47_600_000,
    comparison_value: 49_000_000,
    change: -0.0286,
    status: null,
    threshold: null,
    watch_threshold: null,
    threshold_direction: null,
    threshold_judged_on: null,
    threshold_source: null,
  }),
  kpiRowFixture({
    indicator: 'energy_corrected',
    label: 'Énergie consommée, corrigée du climat',
    unit: 'kWh',
    value: 48_100_000,
    comparison_value: 49_163_000,
    change: -0.0216,
    status: null,
    threshold: null,
    watch_threshold: null,
    threshold_direction: null,
    threshold_judged_on: null,
    threshold_source: null,
    weather_corrected: true,
  }),
];
