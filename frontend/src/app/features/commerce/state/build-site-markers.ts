import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { MapMarker, MarkerLegendEntry } from '../../../shared/ui/leaflet-map/map-area';
import { SiteKind, SiteRow } from '../data-access/commerce-rows';
import { KIND_COLORS, siteKindLabel } from './site-kind';
import { words } from './words';

/** The counting sites on the map, coloured by kind and sized by their mean daily flow. */
export function buildSiteMarkers(sites: readonly SiteRow[], lang: Lang): MapMarker[] {
  const w = words(lang);
  const largest = Math.max(1, ...sites.map((s) => s.mean_daily_complete ?? 0));
  return sites
    .filter((s) => s.lat !== null && s.lon !== null)
    .map((s) => ({
      id: s.site_id,
      lat: s.lat!,
      lng: s.lon!,
      color: KIND_COLORS[s.kind],
      radius: 5 + Math.round(9 * Math.sqrt((s.mean_daily_complete ?? 0) / largest)),
      label: translate(lang, 'commerce.sites.marker', {
        name: s.name,
        kind: siteKindLabel(s.kind, lang),
        flow: s.mean_daily_complete === null ? '?' : w.number(s.mean_daily_complete),
        completeness: s.completeness === null ? '?' : w.percent(s.completeness),
      }),
    }));
}

/** The legend of the counters' map: one colour per kind of counter present (the title says what sizes mean). */
export function buildSitesLegend(sites: readonly SiteRow[], lang: Lang): MarkerLegendEntry[] {
  const kinds = (Object.keys(KIND_COLORS) as SiteKind[]).filter((kind) => sites.some((s) => s.kind === kind));
  return kinds.map((kind) => ({ color: KIND_COLORS[kind], label: siteKindLabel(kind, lang) }));
}
