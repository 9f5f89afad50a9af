import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { formatValue, plainSpaces } from '../../../core/i18n/format-value';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { AreaId, MapMarker, MarkerLegendEntry } from '../../../shared/ui/leaflet-map/map-area';
import { OperationRow, PlaceRow, ProgrammeRow } from '../data-access/budget-rows';
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
export function buildPlaces(places: readonly PlaceRow[], measure: PlaceMeasure, year: number, lang: Lang): PlacesView {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const quartiers = places.filter((p) => p.place_kind === 'quartier');
  const value = (p: PlaceRow) => (measure === 'total' ? p.cp_executed_eur : p.executed_per_inhabitant);
  const title = t(measure === 'total' ? 'budget.places.mapTitleTotal' : 'budget.places.mapTitlePerInhabitant');
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
            amount: plainSpaces(formatValue(unlocated.cp_executed_eur, 'euros', LOCALE_BY_LANG[lang])),
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

/** The largest dot of the places map (pixels); a dot's area follows the programme's spending of the year. */
const MAX_RADIUS = 16;
const MIN_RADIUS = 4;

/**
 * The dots of the places map: the programmes that spent in the year, where they are, each sized by what it spent
 * that year (area proportional to the amount): the same period as the quartiers' colours. A quartier where
 * nothing was spent that year shows no dot.
 */
export function placeMarkers(
  programmes: readonly ProgrammeRow[],
  yearOperations: readonly OperationRow[],
  year: number,
  lang: Lang,
): { markers: MapMarker[]; legend: MarkerLegendEntry[] } {
  const locale = LOCALE_BY_LANG[lang];
  const where = new Map(programmes.map((p) => [p.programme_id, p]));
  const spent = yearOperations
    .filter((o) => o.cp_executed_eur > 0)
    .map((o) => ({ operation: o, place: where.get(o.programme_id) }))
    .filter(
      (x): x is { operation: OperationRow; place: ProgrammeRow & { lat: number; lon: number } } =>
        x.place !== undefined && x.place.lat !== null && x.place.lon !== null,
    );
  const max = Math.max(0, ...spent.map((x) => x.operation.cp_executed_eur));
  const radius = (amount: number) =>
    max > 0 ? Math.max(MIN_RADIUS, Math.round(MAX_RADIUS * Math.sqrt(amount / max) * 10) / 10) : MIN_RADIUS;
  const money = (amount: number) => plainSpaces(formatValue(amount, 'compactCurrency', locale));
  const markers = [...spent]
    // the largest drawn first, so the small ones stay visible on top of them
    .sort((a, b) => b.operation.cp_executed_eur - a.operation.cp_executed_eur)
    .map(({ operation, place }) => ({
      id: operation.programme_id,
      lat: place.lat,
      lng: place.lon,
      radius: radius(operation.cp_executed_eur),
      label: translate(lang, 'budget.places.marker', {
        name: place.name,
        amount: money(operation.cp_executed_eur),
        year,
      }),
    }));
  const legend: MarkerLegendEntry[] =
    max > 0
      ? [
          {
            color: '#c25400',
            radius: MAX_RADIUS,
            label: translate(lang, 'budget.places.legendLarge', { amount: money(max), year }),
          },
          {
            color: '#c25400',
            radius: radius(max / 10),
            label: translate(lang, 'budget.places.legendSmall', { amount: money(max / 10) }),
          },
        ]
      : [];
  return { markers, legend };
}
