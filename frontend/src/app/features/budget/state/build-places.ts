import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { formatValue, plainSpaces } from '../../../core/i18n/format-value';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { AreaId } from '../../../shared/ui/leaflet-map/map-area';
import { OperationRow, PlaceRow } from '../data-access/budget-rows';
import { PlaceMeasure } from './place-measure';
import { STATUS_LABEL } from './build-programmes';

export interface PlacesView {
  mapTitle: string;
  values: ReadonlyMap<AreaId, number | null>;
  kind: 'euros';
  sentence: string;
  unlocated: string | null;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/** Investment per quartier for the map (euros or euros per inhabitant), its sentence and its table. */
export function buildPlaces(
  places: readonly PlaceRow[],
  measure: PlaceMeasure,
  year: number,
  lang: Lang,
): PlacesView {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const quartiers = places.filter((p) => p.place_kind === 'quartier');
  const value = (p: PlaceRow) =>
    measure === 'total' ? p.cp_executed_eur : p.executed_per_inhabitant;
  const title = t(
    measure === 'total' ? 'budget.places.mapTitleTotal' : 'budget.places.mapTitlePerInhabitant',
  );
  const unlocated = places.find((p) => p.place_kind === 'unlocated');
  return {
    mapTitle: `${title} – ${year}`,
    values: new Map(quartiers.map((p) => [Number(p.place_key), value(p)])),
    kind: 'euros',
    sentence: summarizeRanking({
      lang,
      indicator: title,
      year,
      kind: 'euros',
      items: quartiers.map((p) => ({ name: p.place_label, value: value(p) })),
    }),
    unlocated:
      unlocated && unlocated.cp_executed_eur > 0
        ? t('budget.places.unlocated', {
            amount: plainSpaces(
              formatValue(unlocated.cp_executed_eur, 'euros', LOCALE_BY_LANG[lang]),
            ),
          })
        : null,
    columns: [
      { key: 'quartier', label: t('budget.column.quartier'), kind: 'text' },
      { key: 'executed', label: t('budget.column.executedYear'), kind: 'euros' },
      { key: 'perInhabitant', label: t('budget.column.perInhabitant'), kind: 'euros' },
      { key: 'planned', label: t('budget.column.plannedYear'), kind: 'euros' },
      { key: 'programmes', label: t('budget.column.programmes'), kind: 'integer' },
    ],
    rows: [...quartiers]
      .sort((a, b) => a.place_label.localeCompare(b.place_label, LOCALE_BY_LANG[lang]))
      .map((p) => ({
        quartier: p.place_label,
        executed: p.cp_executed_eur,
        perInhabitant: p.executed_per_inhabitant,
        planned: p.cp_planned_eur,
        programmes: p.programmes,
      })),
  };
}

export function operationColumns(lang: Lang): TableColumn[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return [
    { key: 'name', label: t('budget.column.programme'), kind: 'text' },
    { key: 'executed', label: t('budget.column.executedYear'), kind: 'euros' },
  ];
}

export function operationRows(operations: readonly OperationRow[], lang: Lang): TableRow[] {
  return operations.map((o) => ({
    name: `${o.name} (${translate(lang, STATUS_LABEL[o.status]).toLowerCase()})`,
    executed: o.cp_executed_eur,
  }));
}
