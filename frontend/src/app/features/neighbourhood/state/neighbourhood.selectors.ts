import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { quartierColumns } from '../../../shared/quartiers/quartier-columns';
import { quartierIndicator } from '../../../shared/quartiers/quartier-indicator';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableRow } from '../../../shared/ui/data-table/table-column';
import { neighbourhoodFeature } from './neighbourhood.feature';

const { selectSummaries, selectIndicator, selectSelectedQuartierId } = neighbourhoodFeature;
const { selectYear, selectLang, selectCurrentCommune } = contextFeature;

/** The quartier figures table: one row per quartier, named columns, in the interface language. */
export const selectQuartierTable = createSelector(
  selectSummaries,
  selectLang,
  selectYear,
  selectCurrentCommune,
  (summaries, lang, year, commune) => ({
    caption: `${translate(lang, 'quartiers.table')} – ${commune?.name ?? ''} ${year}`,
    columns: quartierColumns(lang),
    rows: summaries.map((summary): TableRow => ({ ...summary })),
  }),
);

/** The chosen indicator compared across quartiers, as bars; the picked quartier stands out. */
export const selectQuartierComparison = createSelector(
  selectSummaries,
  selectIndicator,
  selectSelectedQuartierId,
  selectLang,
  selectYear,
  (summaries, key, selectedId, lang, year): ChartView => {
    const indicator = quartierIndicator(key);
    const label = translate(lang, indicator.label);
    const items = summaries.map((summary) => ({ name: summary.quartier, value: summary[key] }));
    const heading = translate(lang, 'quartiers.chart', { indicator: label });
    return {
      heading,
      summary: summarizeRanking({ lang, indicator: label, year, kind: indicator.kind, items }),
      options: buildBarComparison({
        items,
        seriesName: label,
        kind: indicator.kind,
        locale: LOCALE_BY_LANG[lang],
        highlight: summaries.find((summary) => summary.quartier_id === selectedId)?.quartier ?? null,
      }),
      columns: [
        { key: 'name', label: translate(lang, 'column.quartier'), kind: 'text' },
        { key: 'value', label, kind: indicator.kind },
      ],
      rows: items,
      fileName: `${heading} ${year}`,
    };
  },
);

export const selectNeighbourhoodViewModel = createSelector({
  status: neighbourhoodFeature.selectStatus,
  error: neighbourhoodFeature.selectError,
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  year: selectYear,
  quartiers: neighbourhoodFeature.selectQuartiers,
  summaries: selectSummaries,
  indicator: selectIndicator,
  selectedId: selectSelectedQuartierId,
  table: selectQuartierTable,
  comparison: selectQuartierComparison,
});
