import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { translate } from '../../../core/i18n/translate';
import { MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { selectFreshnessLine } from '../../../shared/ui/freshness/freshness.selectors';
import { buildSlides } from './build-slides';
import { presentationFeature } from './presentation.feature';

const { selectData, selectQuartierId, selectSlide } = presentationFeature;
const { selectYear, selectLang, selectCurrentCommune } = contextFeature;

const STATUS_COLORS: Readonly<Record<string, string>> = {
  in_progress: '#c25400',
  done: '#007a5a',
  planned: '#0b5fa5',
  suspended: '#5b5b5b',
};

export const selectSlides = createSelector(
  selectData,
  selectQuartierId,
  createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  selectYear,
  selectFreshnessLine,
  selectLang,
  buildSlides,
);

/** The quartiers to choose from, in alphabetical order. */
export const selectQuartierChoices = createSelector(selectData, selectLang, (data, lang) => {
  const collator = new Intl.Collator(lang);
  return (data?.summaries ?? [])
    .map((summary) => ({ id: summary.quartier_id, name: summary.quartier }))
    .sort((a, b) => collator.compare(a.name, b.name));
});

/** The investment map: quartiers by investment per inhabitant, the one presented outlined, its programmes as dots. */
export const selectSlideMap = createSelector(
  selectData,
  selectQuartierId,
  selectYear,
  selectLang,
  (data, quartierId, year, lang) => {
    if (!data) return null;
    const statusWord = (status: string) =>
      translate(
        lang,
        status === 'done'
          ? 'presentation.status.done'
          : status === 'in_progress'
            ? 'presentation.status.inProgress'
            : status === 'planned'
              ? 'presentation.status.planned'
              : 'presentation.status.suspended',
      );
    const markers: MapMarker[] = data.programmes
      .filter((p) => p.quartier_id === quartierId && p.lat !== null && p.lon !== null)
      .map((p) => ({
        id: p.programme_id,
        lat: p.lat!,
        lng: p.lon!,
        label: `${p.name} (${statusWord(p.status)})`,
        color: STATUS_COLORS[p.status],
      }));
    return {
      areas: data.quartiers,
      values: new Map(data.summaries.map((s) => [s.quartier_id, s.investment_per_inhabitant_eur] as const)),
      title: translate(lang, 'presentation.map.title', { year }),
      markers,
      selectedId: quartierId,
    };
  },
);

export const selectPresentationViewModel = createSelector({
  status: presentationFeature.selectStatus,
  error: presentationFeature.selectError,
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  year: selectYear,
  quartierId: selectQuartierId,
  slides: selectSlides,
  index: createSelector(selectSlide, selectSlides, (slide, slides) =>
    Math.min(Math.max(slide, 0), Math.max(slides.length - 1, 0)),
  ),
  choices: selectQuartierChoices,
  map: selectSlideMap,
});
