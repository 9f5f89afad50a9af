import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { AlertRow, CommuneYearRow } from '../data-access/fluids-rows';

/** The commune's row of a year for a fluid, 'energy' (energy fluids) or 'all' (the whole bill). */
export function communeYear(
  rows: readonly CommuneYearRow[],
  fluid: CommuneYearRow['fluid'],
  year: number,
): CommuneYearRow | null {
  return rows.find((row) => row.fluid === fluid && row.year === year) ?? null;
}

/** A sparkline over the whole years up to the one shown: a year in progress is never drawn as a whole one. */
function series(
  rows: readonly CommuneYearRow[],
  fluid: CommuneYearRow['fluid'],
  year: number,
  complete: boolean,
  pick: (row: CommuneYearRow) => number | null,
) {
  return rows
    .filter((row) => row.fluid === fluid && (row.year < year || (row.year === year && complete)))
    .sort((a, b) => a.year - b.year)
    .map(pick);
}

/**
 * The key figures of the fluids overview for a year: the bill and the energy, as metered and weather-corrected (two
 * cards, each saying which), as the KPI catalogue gives them (value, change on the same months of the year before,
 * status, period); the water of the year; and, for staff, the estimated cost of the open alerts.
 */
export function buildFluidsKpis(
  rows: readonly CommuneYearRow[],
  catalogue: readonly KpiRow[],
  alerts: readonly AlertRow[],
  year: number,
  lang: Lang,
): KpiView[] {
  const water = communeYear(rows, 'water', year);
  const open = alerts.filter((alert) => !alert.acknowledged && alert.estimated_cost_eur !== null);
  const openCost = open.reduce((total, alert) => total + (alert.estimated_cost_eur ?? 0), 0);
  const cost = findKpi(catalogue, 'fluids_cost');
  const energy = findKpi(catalogue, 'energy');
  const corrected = findKpi(catalogue, 'energy_corrected');
  const complete = cost?.complete ?? true;
  return [
    kpiRowView(
      cost,
      {
        id: 'cost',
        label: translate(lang, 'fluids.kpi.cost'),
        kind: 'compactCurrency',
        trend: series(rows, 'all', year, complete, (row) => row.amount_eur),
      },
      lang,
    ),
    kpiRowView(
      energy,
      {
        id: 'energy',
        label: translate(lang, 'fluids.kpi.energyRaw'),
        kind: 'energy',
        trend: series(rows, 'energy', year, complete, (row) => row.quantity),
      },
      lang,
    ),
    kpiRowView(
      corrected,
      {
        id: 'energy-corrected',
        label: translate(lang, 'fluids.kpi.energy'),
        kind: 'energy',
        trend: series(rows, 'energy', year, complete, (row) => row.corrected_quantity),
      },
      lang,
    ),
    {
      id: 'water',
      label: `${translate(lang, 'fluids.kpi.water')} (m³)`,
      value: water?.quantity ?? null,
      kind: 'integer',
      change: water?.change_vs_previous_year ?? null,
      comparedWith: water?.change_vs_previous_year == null ? null : year - 1,
      status: null,
      trend: series(rows, 'water', year, complete, (row) => row.quantity),
    },
    {
      id: 'alerts',
      label: `${translate(lang, 'fluids.kpi.alerts')} (${open.length})`,
      value: openCost,
      kind: 'euros',
      change: null,
      comparedWith: null,
      // a count of alerts to handle, not a figure judged against a threshold
      status: null,
      trend: [],
    },
  ];
}
