import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { CHART_PALETTE } from '../../../shared/charts/chart-palette';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import { AreaId, MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { PremisesRow, SiteRow, VacancyRow } from '../data-access/commerce-rows';
import { MapMode } from './commerce-choices';
import { words } from './words';

/** Marker colours, each also said in words in the legend and the marker's label. */
export const MARKER_COLORS = {
  vacant: '#c25400',
  longVacant: '#7a1f00',
  veryLongVacant: '#111111',
  works: '#8a6d00',
  site: '#0b5fa5',
  other: '#9aa3ad',
} as const;

export interface PremisesMapView {
  quartiers: QuartierCollection | null;
  values: ReadonlyMap<AreaId, number | null>;
  title: string;
  markers: MapMarker[];
  /** The legend of the markers, in words. */
  legend: string[];
  /** Where a marker leads: the street page of the premises or of the counting site. */
  streetOf: ReadonlyMap<AreaId, string>;
}

const siteMarkerId = (site: SiteRow) => `site:${site.site_id}`;

/**
 * The premises map: quartiers coloured by vacancy rate, then either the vacant premises (long vacancy darker) or the
 * occupied ones by activity, and the pedestrian counting sites with their mean daily flow.
 */
export function buildPremisesMap(
  quartiers: QuartierCollection | null,
  quartierVacancy: readonly VacancyRow[],
  premises: readonly PremisesRow[],
  sites: readonly SiteRow[],
  activities: readonly string[],
  mode: MapMode,
  date: string,
  lang: Lang,
): PremisesMapView {
  const w = words(lang);
  const values = new Map<AreaId, number | null>(
    quartierVacancy.filter((row) => row.quartier_id != null).map((row) => [row.quartier_id!, row.vacancy_rate]),
  );
  const located = premises.filter((p) => p.lat !== null && p.lon !== null);
  const activityColor = (activity: string | null) => {
    const index = activity ? activities.indexOf(activity) : -1;
    return index >= 0 && index < CHART_PALETTE.length ? CHART_PALETTE[index] : MARKER_COLORS.other;
  };
  const premisesMarkers: MapMarker[] =
    mode === 'vacancy'
      ? located
          .filter((p) => p.status === 'vacant')
          .map((p) => ({
            id: p.premises_id,
            lat: p.lat!,
            lng: p.lon!,
            radius: p.vacant_over_1_year ? 6 : 5,
            color: p.vacant_over_3_years
              ? MARKER_COLORS.veryLongVacant
              : p.vacant_over_1_year
                ? MARKER_COLORS.longVacant
                : MARKER_COLORS.vacant,
            label: translate(lang, 'commerce.map.vacantLabel', {
              address: p.address ?? p.street,
              since: p.vacant_since ? w.date(p.vacant_since) : '?',
              days: p.vacant_days ?? 0,
            }),
          }))
      : located
          .filter((p) => p.status === 'occupied')
          .map((p) => ({
            id: p.premises_id,
            lat: p.lat!,
            lng: p.lon!,
            radius: 4,
            color: activityColor(p.activity),
            label: translate(lang, 'commerce.map.occupiedLabel', {
              address: p.address ?? p.street,
              activity: p.activity ?? translate(lang, 'commerce.map.noActivity'),
            }),
          }));
  const pedestrian = sites.filter((s) => s.kind === 'pedestrian' && s.lat !== null && s.lon !== null);
  const siteMarkers: MapMarker[] = pedestrian.map((s) => ({
    id: siteMarkerId(s),
    lat: s.lat!,
    lng: s.lon!,
    radius: 9,
    color: MARKER_COLORS.site,
    label: translate(lang, 'commerce.map.siteLabel', {
      name: s.name,
      flow: s.mean_daily_complete === null ? '?' : w.number(s.mean_daily_complete),
      completeness: s.completeness === null ? '?' : w.percent(s.completeness),
    }),
  }));
  const streetOf = new Map<AreaId, string>([
    ...premises.map((p): [AreaId, string] => [p.premises_id, p.street]),
    ...pedestrian.filter((s) => s.street).map((s): [AreaId, string] => [siteMarkerId(s), s.street!]),
  ]);
  const legend =
    mode === 'vacancy'
      ? [
          translate(lang, 'commerce.map.legend.vacant'),
          translate(lang, 'commerce.map.legend.longVacant'),
          translate(lang, 'commerce.map.legend.veryLongVacant'),
          translate(lang, 'commerce.map.legend.site'),
        ]
      : [
          translate(lang, 'commerce.map.legend.activities', {
            list: activities
              .slice(0, CHART_PALETTE.length)
              .map((a, i) => `${a} (${translate(lang, colourName(i))})`)
              .join(', '),
          }),
          translate(lang, 'commerce.map.legend.site'),
        ];
  return {
    quartiers,
    values,
    title: translate(lang, 'commerce.map.title', { date: w.date(date) }),
    markers: [...premisesMarkers, ...siteMarkers],
    legend,
    streetOf,
  };
}

type ColourKey =
  | 'commerce.colour.blue'
  | 'commerce.colour.orange'
  | 'commerce.colour.green'
  | 'commerce.colour.purple'
  | 'commerce.colour.olive'
  | 'commerce.colour.lightBlue'
  | 'commerce.colour.grey';

const COLOUR_NAMES: readonly ColourKey[] = [
  'commerce.colour.blue',
  'commerce.colour.orange',
  'commerce.colour.green',
  'commerce.colour.purple',
  'commerce.colour.olive',
  'commerce.colour.lightBlue',
  'commerce.colour.grey',
];

/** The name of the palette colour at an index, for legends written in words. */
function colourName(index: number): ColourKey {
  return COLOUR_NAMES[index] ?? 'commerce.colour.grey';
}
