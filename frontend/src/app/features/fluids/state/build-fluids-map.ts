import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { buildColorScale } from '../../../shared/ui/leaflet-map/color-scale';
import { AreaId, MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { BuildingBalanceRow } from '../data-access/fluids-rows';
import { MapMode } from './fluids-choices';

/** Red and green of the alert state (with words in each marker's label: colour is never the only cue). */
export const ALERT_COLOR = '#b3261e';
export const NO_ALERT_COLOR = '#1b6e3a';

export interface FluidsMapView {
  title: string;
  quartiers: QuartierCollection | null;
  /** The year's fluids bill of the buildings of each quartier. */
  values: ReadonlyMap<AreaId, number | null>;
  markers: MapMarker[];
  legend: string;
  mode: MapMode;
}

/**
 * The quartiers coloured by the year's fluids bill of their municipal buildings (public figures, from the quartier
 * summary); for staff, the buildings as points (by intensity or by open alerts). The public gets no point.
 */
export function buildFluidsMap(
  quartiers: QuartierCollection | null,
  summaries: readonly QuartierSummary[],
  buildings: readonly BuildingBalanceRow[],
  year: number,
  mode: MapMode,
  lang: Lang,
): FluidsMapView {
  const values = new Map<AreaId, number | null>();
  for (const feature of quartiers?.features ?? []) values.set(feature.properties.id, null);
  for (const summary of summaries) if (summary.buildings > 0) values.set(summary.quartier_id, summary.fluids_cost_eur);
  const locale = LOCALE_BY_LANG[lang];
  const scale = buildColorScale(buildings.map((b) => b.kwh_per_m2));
  const markers = buildings
    .filter((b): b is BuildingBalanceRow & { lat: number; lon: number } => b.lat !== null && b.lon !== null)
    .map((b) => {
      const alerts = b.open_alerts ?? 0;
      return mode === 'alerts'
        ? {
            id: b.building_id,
            lat: b.lat,
            lng: b.lon,
            color: alerts > 0 ? ALERT_COLOR : NO_ALERT_COLOR,
            label: translate(lang, 'fluids.map.markerAlerts', { name: b.name, count: alerts }),
          }
        : {
            id: b.building_id,
            lat: b.lat,
            lng: b.lon,
            color: scale.colorFor(b.kwh_per_m2),
            label: translate(lang, 'fluids.map.marker', {
              name: b.name,
              value: `${formatValue(b.kwh_per_m2, 'number', locale)} kWh/m²`,
            }),
          };
    });
  return {
    title: translate(lang, 'fluids.map.title', { year }),
    quartiers,
    values,
    // in alerts mode the buildings with alerts come first in the list under the map
    markers:
      mode === 'alerts'
        ? [...markers].sort((a, b) => Number(b.color === ALERT_COLOR) - Number(a.color === ALERT_COLOR))
        : markers,
    legend: translate(lang, mode === 'alerts' ? 'fluids.map.legend.alerts' : 'fluids.map.legend.intensity'),
    mode,
  };
}
