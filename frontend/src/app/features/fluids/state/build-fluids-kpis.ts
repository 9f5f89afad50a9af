import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';
import { AlertRow, CommuneYearRow } from '../data-access/fluids-rows';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';

/** The commune's row of a year for a fluid, 'energy' (energy fluids) or 'all' (the whole bill). */
export function communeYear(
  rows: readonly CommuneYearRow[],
  fluid: CommuneYearRow['fluid'],
  year: number,
): CommuneYearRow | null {
  return rows.find((row) => row.fluid === fluid && row.year === year) ?? null;
}

function series(
  rows: readonly CommuneYearRow[],
  fluid: CommuneYearRow['fluid'],
  year: number,
  pick: (row: CommuneYearRow) => number | null,
) {
  return rows
    .filter((row) => row.fluid === fluid && row.year <= year)
    .sort((a, b) => a.year - b.year)
    .map(pick);
}

/**
 * Fluids cost: a rise over 3 % a year is worth watching, over 10 % an alert (the house convention of the
 * overview page).
 */
function costStatus(change: number | null): KpiStatus | null {
  if (change === null) return null;
  if (change > 0.1) return 'alert';
  return change > 0.03 ? 'warn' : 'ok';
}

/** The four key figures of the fluids overview for a year; changes are the API's like-for-like ones. */
export function buildFluidsKpis(
  rows: readonly CommuneYearRow[],
  alerts: readonly AlertRow[],
  year: number,
  lang: Lang,
): KpiView[] {
  const all = communeYear(rows, 'all', year);
  const energy = communeYear(rows, 'energy', year);
  const water = communeYear(rows, 'water', year);
  const open = alerts.filter((alert) => !alert.acknowledged && alert.estimated_cost_eur !== null);
  const openCost = open.reduce((total, alert) => total + (alert.estimated_cost_eur ?? 0), 0);
  const compared = (change: number | null | undefined) =>
    change === null || change === undefined ? null : year - 1;
  return [
    {
      id: 'cost',
      label: translate(lang, 'fluids.kpi.cost'),
      value: all?.amount_eur ?? null,
      kind: 'compactCurrency',
      change: all?.amount_change_vs_previous_year ?? null,
      comparedWith: compared(all?.amount_change_vs_previous_year),
      status: costStatus(all?.amount_change_vs_previous_year ?? null),
      trend: series(rows, 'all', year, (row) => row.amount_eur),
    },
    {
      id: 'energy',
      label: translate(lang, 'fluids.kpi.energy'),
      value: energy?.corrected_quantity ?? null,
      kind: 'energy',
      change: energy?.change_vs_previous_year ?? null,
      comparedWith: compared(energy?.change_vs_previous_year),
      status: null,
      trend: series(rows, 'energy', year, (row) => row.corrected_quantity),
    },
    {
      id: 'water',
      label: `${translate(lang, 'fluids.kpi.water')} (m³)`,
      value: water?.quantity ?? null,
      kind: 'integer',
      change: water?.change_vs_previous_year ?? null,
      comparedWith: compared(water?.change_vs_previous_year),
      status: null,
      trend: series(rows, 'water', year, (row) => row.quantity),
    },
    {
      id: 'alerts',
      label: `${translate(lang, 'fluids.kpi.alerts')} (${open.length})`,
      value: openCost,
      kind: 'euros',
      change: null,
      comparedWith: null,
      status: open.length > 0 ? 'alert' : 'ok',
      trend: [],
    },
  ];
}
