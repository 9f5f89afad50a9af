import { createSelector } from '@ngrx/store';
import { contextFeature, LoadStatus } from '../../../core/context/context.feature';
import { translate } from '../../../core/i18n/translate';
import { Lang } from '../../../core/i18n/lang';
import { buildActivityMix } from './build-activity-mix-chart';
import { buildDailyChart } from './build-daily-flow-chart';
import { buildFootfallVsVacancy } from './build-footfall-vacancy-chart';
import { buildImpactChart, buildImpactTable, summarizeImpact } from './build-impact';
import { buildOpeningsChart } from './build-openings-chart';
import { buildPremisesMap } from './build-premises-map';
import { buildPremisesTable } from './build-premises-table';
import { buildTimeline } from './build-premises-timeline-chart';
import { buildSiteMarkers, buildSitesLegend } from './build-site-markers';
import { buildSitesTable } from './build-sites-table';
import { buildStreetHistory } from './build-street-history-chart';
import { buildStreetKpis, streetMonth } from './build-street-kpis';
import { buildRankingByChange } from './build-vacancy-change-ranking';
import { buildDurations } from './build-vacancy-durations-chart';
import { buildVacancyKpis } from './build-vacancy-kpis';
import { buildRankingByRate } from './build-vacancy-rate-ranking';
import { buildVacancyTrend } from './build-vacancy-trend-chart';
import { buildHeatmap } from './build-week-heatmap';
import { buildYearOnYear } from './build-year-on-year-table';
import { buildZoneTrend } from './build-zone-trend-chart';
import { SITE_KINDS } from './commerce-choices';
import { commerceFeature } from './commerce.feature';
import { MIN_PREMISES_RANKED } from './ranked-streets';
import { siteKindLabel } from './site-kind';
import { streetInterventions } from './street-interventions';

const { selectVacancy, selectStreet, selectFlows, selectImpact } = commerceFeature;
const { selectLang, selectCurrentCommune, selectYear } = contextFeature;
const selectCommuneName = createSelector(selectCurrentCommune, (commune) => commune?.name ?? '');

// ---- vacancy overview ------------------------------------------------------------------------------------------

const selectVacancyData = createSelector(selectVacancy, (slice) => slice.data);
const selectRankingMonth = createSelector(selectVacancyData, (data) => data?.streets[0]?.month ?? null);
const selectActivities = createSelector(selectVacancyData, (data) =>
  [...(data?.mix ?? [])].sort((a, b) => b.premises - a.premises).map((row) => row.activity),
);

export const selectPremisesMap = createSelector(
  selectVacancy,
  selectActivities,
  selectLang,
  (slice, activities, lang) =>
    buildPremisesMap(
      slice.data?.quartiers ?? null,
      slice.data?.quartierVacancy ?? [],
      slice.data?.premises ?? [],
      slice.data?.sites ?? [],
      activities,
      slice.mapMode,
      slice.data?.date ?? '',
      lang,
    ),
);

/** Streets listed under the map when no quartier is picked: the most vacant high streets. */
export const STREETS_LISTED = 15;

/**
 * The streets of the quartier picked on the map, most vacant first, with footfall; when none is picked, the most
 * vacant of the streets large enough to be ranked.
 */
export const selectStreetList = createSelector(selectVacancy, (slice) => {
  const data = slice.data;
  if (!data) return { quartier: null as string | null, streets: [] };
  const quartier =
    slice.quartierId === null
      ? null
      : (data.quartierVacancy.find((q) => q.quartier_id === slice.quartierId)?.quartier ?? null);
  const streets =
    quartier === null
      ? data.streets.filter((street) => street.premises >= MIN_PREMISES_RANKED).slice(0, STREETS_LISTED)
      : data.streets.filter((street) => street.quartier === quartier);
  return { quartier, streets };
});

export const selectCommerceViewModel = createSelector({
  status: createSelector(selectVacancy, (slice) => slice.status),
  error: createSelector(selectVacancy, (slice) => slice.error),
  hasData: createSelector(selectVacancyData, (data) => (data?.overview.vacancy?.premises ?? 0) > 0),
  communeName: selectCommuneName,
  date: createSelector(selectVacancyData, (data) => data?.date ?? null),
  latestStatusDate: createSelector(selectVacancyData, (data) => data?.overview.latest_status_date ?? null),
  mapMode: createSelector(selectVacancy, (slice) => slice.mapMode),
  selectedQuartierId: createSelector(selectVacancy, (slice) => slice.quartierId),
  kpis: createSelector(selectVacancyData, selectLang, (data, lang) =>
    buildVacancyKpis(data?.overview ?? null, data?.monthly ?? [], data?.kpis ?? [], lang),
  ),
  map: selectPremisesMap,
  streetList: selectStreetList,
  byRate: createSelector(selectVacancyData, selectRankingMonth, selectLang, (data, month, lang) =>
    buildRankingByRate(data?.streets ?? [], month, lang),
  ),
  byChange: createSelector(selectVacancyData, selectRankingMonth, selectLang, (data, month, lang) =>
    buildRankingByChange(data?.streets ?? [], month, lang),
  ),
  footfall: createSelector(selectVacancyData, selectLang, (data, lang) =>
    buildFootfallVsVacancy(data?.streets ?? [], lang),
  ),
  trend: createSelector(selectVacancyData, selectLang, (data, lang) =>
    buildVacancyTrend(data?.monthly ?? [], data?.kpis ?? [], data?.date ?? '', lang),
  ),
  openings: createSelector(selectVacancyData, selectLang, (data, lang) =>
    buildOpeningsChart(data?.monthly ?? [], data?.date ?? '', lang),
  ),
  mix: createSelector(selectVacancyData, selectLang, (data, lang) => buildActivityMix(data?.mix ?? [], lang)),
  durations: createSelector(selectVacancyData, selectLang, (data, lang) =>
    buildDurations(data?.durations ?? [], data?.date ?? '', lang),
  ),
  minRanked: createSelector(selectVacancy, () => MIN_PREMISES_RANKED),
});

// ---- one street ------------------------------------------------------------------------------------------------

const selectStreetData = createSelector(selectStreet, (slice) => slice.data);
const selectStreetCurrent = createSelector(selectStreetData, (data) =>
  data ? streetMonth(data.history, data.date) : null,
);

export const selectStreetViewModel = createSelector({
  status: createSelector(selectStreet, (slice) => slice.status),
  error: createSelector(selectStreet, (slice) => slice.error),
  street: createSelector(selectStreet, (slice) => slice.street),
  hasData: createSelector(selectStreetData, (data) => (data?.history.length ?? 0) > 0),
  quartier: createSelector(selectStreetCurrent, (current) => current?.quartier ?? null),
  date: createSelector(selectStreetData, (data) => data?.date ?? null),
  kpis: createSelector(selectStreetCurrent, selectStreetData, selectLang, (current, data, lang) =>
    buildStreetKpis(current, data?.kpis ?? [], lang),
  ),
  history: createSelector(selectStreetData, selectLang, (data, lang) =>
    buildStreetHistory(data?.street ?? '', data?.history ?? [], data?.date ?? '', lang),
  ),
  /** The history of each premises is internal: the public sees an offer to sign in instead. */
  timelineReserved: createSelector(selectStreetData, (data) => data !== null && data.timeline === null),
  timeline: createSelector(selectStreetData, selectLang, (data, lang) =>
    buildTimeline(data?.street ?? '', data?.timeline ?? [], data?.date ?? '', lang),
  ),
  /** One line of 14 px per premises, so every premises id stays readable. */
  timelineHeight: createSelector(
    selectStreetData,
    (data) => `${Math.max(240, 100 + 14 * new Set(data?.timeline?.map((row) => row.premises_id)).size)}px`,
  ),
  /** The premises one by one are internal: the public sees an offer to sign in instead of their table. */
  premisesReserved: createSelector(selectStreetData, (data) => data !== null && data.premises === null),
  premises: createSelector(selectStreetData, selectLang, (data, lang) =>
    buildPremisesTable(data?.premises ?? [], lang),
  ),
  interventions: createSelector(selectStreetData, (data) =>
    data ? streetInterventions(data.interventions, data.street) : [],
  ),
  mix: createSelector(selectStreetData, selectLang, (data, lang) => buildActivityMix(data?.mix ?? [], lang)),
});

// ---- flows -----------------------------------------------------------------------------------------------------

const selectFlowsData = createSelector(selectFlows, (slice) => slice.data);
const selectFlowArea = createSelector(
  selectFlows,
  selectLang,
  (slice, lang) =>
    slice.zone ??
    translate(lang, 'commerce.zones.wholeCommune', {
      kind: siteKindLabel(slice.kind, lang).toLocaleLowerCase(),
    }),
);

export const selectFlowsViewModel = createSelector({
  status: createSelector(selectFlows, (slice) => slice.status),
  error: createSelector(selectFlows, (slice) => slice.error),
  hasData: createSelector(selectFlowsData, (data) => (data?.sites.length ?? 0) > 0),
  communeName: selectCommuneName,
  year: selectYear,
  period: createSelector(selectFlowsData, (data) => (data ? { from: data.from, to: data.to } : null)),
  kind: createSelector(selectFlows, (slice) => slice.kind),
  kindOptions: createSelector(selectLang, (lang) =>
    SITE_KINDS.map((kind) => ({ kind, label: siteKindLabel(kind, lang) })),
  ),
  zone: createSelector(selectFlows, (slice) => slice.zone),
  zones: createSelector(selectFlowsData, selectFlows, (data, slice) =>
    [...new Set((data?.sites ?? []).filter((s) => s.kind === slice.kind && s.zone).map((s) => s.zone!))].sort(),
  ),
  profileStatus: createSelector(selectFlows, (slice) => slice.profileStatus),
  siteMarkers: createSelector(selectFlowsData, selectLang, (data, lang) => buildSiteMarkers(data?.sites ?? [], lang)),
  sitesLegend: createSelector(selectFlowsData, selectLang, (data, lang) => buildSitesLegend(data?.sites ?? [], lang)),
  outlines: createSelector(selectFlowsData, (data) => data?.outlines ?? null),
  sitesTable: createSelector(selectFlowsData, selectLang, (data, lang) => buildSitesTable(data?.sites ?? [], lang)),
  zoneTrend: createSelector(selectFlowsData, selectLang, (data, lang) => buildZoneTrend(data?.months ?? [], lang)),
  daily: createSelector(selectFlows, selectFlowArea, selectLang, (slice, area, lang) =>
    whileLoading(slice.profileStatus, buildDailyChart(slice.daily, area, lang), lang),
  ),
  heatmap: createSelector(selectFlows, selectFlowArea, selectLang, (slice, area, lang) =>
    whileLoading(
      slice.profileStatus,
      buildHeatmap(slice.profile, area, slice.profile[0]?.year ?? slice.data?.year ?? null, lang),
      lang,
    ),
  ),
  yearOnYear: createSelector(selectFlows, selectLang, (slice, lang) =>
    whileLoading(
      slice.yearOnYear ? 'loaded' : slice.profileStatus,
      buildYearOnYear(
        slice.yearOnYear?.rows ?? [],
        slice.kind,
        slice.yearOnYear?.from ?? '',
        slice.yearOnYear?.to ?? '',
        lang,
      ),
      lang,
    ),
  ),
});

/** While the zone's detail loads, its summary says so rather than "not enough data". */
export function whileLoading<T extends { summary: string }>(status: LoadStatus, view: T, lang: Lang): T {
  return status === 'loading' ? { ...view, summary: translate(lang, 'state.loading') } : view;
}

// ---- impact ----------------------------------------------------------------------------------------------------

const selectImpactResult = createSelector(selectImpact, (slice) => slice.result);

export const selectImpactViewModel = createSelector({
  status: createSelector(selectImpact, (slice) => slice.status),
  error: createSelector(selectImpact, (slice) => slice.error),
  communeName: selectCommuneName,
  interventions: createSelector(selectImpact, (slice) => slice.interventions),
  streets: createSelector(selectImpact, (slice) =>
    [...new Set(slice.sites.filter((s) => s.street).map((s) => s.street!))].sort(),
  ),
  zones: createSelector(selectImpact, (slice) =>
    [...new Set(slice.sites.filter((s) => s.zone).map((s) => s.zone!))].sort(),
  ),
  request: createSelector(selectImpact, (slice) => slice.request),
  resultStatus: createSelector(selectImpact, (slice) => slice.resultStatus),
  resultError: createSelector(selectImpact, (slice) => slice.resultError),
  result: selectImpactResult,
  sentence: createSelector(selectImpactResult, selectLang, (result, lang) =>
    result ? summarizeImpact(result, lang) : null,
  ),
  chart: createSelector(selectImpactResult, selectLang, (result, lang) =>
    result ? buildImpactChart(result, lang) : null,
  ),
  table: createSelector(selectImpactResult, selectLang, (result, lang) =>
    result ? buildImpactTable(result, lang) : null,
  ),
  zoneSites: createSelector(selectImpactResult, (result) => result?.sites.filter((s) => s.grp === 'zone') ?? []),
  controlSites: createSelector(selectImpactResult, (result) => result?.sites.filter((s) => s.grp === 'control') ?? []),
});
