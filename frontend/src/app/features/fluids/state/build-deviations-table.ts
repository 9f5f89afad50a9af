import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { BuildingBalanceRow } from '../data-access/fluids-rows';
import { typeLabel } from './fluids-labels';

export interface DeviationView {
  summary: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** building_id of each row, for links. */
  ids: string[];
}

/** The ten largest rises of weather-corrected energy on the year before (complete years only). */
export function buildDeviations(buildings: readonly BuildingBalanceRow[], year: number, lang: Lang): DeviationView {
  const rising = buildings
    .filter(
      (b): b is BuildingBalanceRow & { energy_change_vs_previous_year: number } =>
        (b.energy_change_vs_previous_year ?? 0) > 0,
    )
    .sort((a, b) => b.energy_change_vs_previous_year - a.energy_change_vs_previous_year)
    .slice(0, 10);
  const first = rising[0];
  return {
    summary: first
      ? translate(lang, 'fluids.summary.deviations', {
          year,
          building: first.name,
          change: `+${level(first.energy_change_vs_previous_year, 'percent', lang)}`,
        })
      : translate(lang, 'fluids.summary.noDeviations', { year }),
    columns: [
      { key: 'name', label: translate(lang, 'fluids.column.building'), kind: 'text' },
      { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
      { key: 'change', label: translate(lang, 'fluids.column.change'), kind: 'percent' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'euros' },
    ],
    rows: rising.map((b) => ({
      name: b.name,
      type: typeLabel(lang, b.type),
      change: b.energy_change_vs_previous_year,
      energy: b.energy_kwh_corrected,
      cost: b.cost_eur,
    })),
    ids: rising.map((b) => b.building_id),
  };
}
