import { parisDay } from '../../../../../../common/paris-time';
import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { isPartialYear } from '../../../core/context/years';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { budgetFileUrl } from '../data-access/budget-api';
import { budgetFeature } from './budget.feature';
import { accountsRow, buildBudgetKpis } from './build-budget-kpis';
import { buildDebtCapacityTrend } from './build-debt-capacity-chart';
import { buildDebtTrend } from './build-debt-trend-chart';
import { buildDrilldown } from './build-drilldown';
import { buildExecutionChart } from './build-execution-chart';
import { buildFunctionChart } from './build-function-chart';
import { buildPartnerCharts } from './build-partner-charts';
import { buildPartnersTable } from './build-partners-table';
import { buildPlaces, operationColumns, operationRows, placeMarkers } from './build-places';
import {
  buildProgrammeTimeline,
  programmeColumns,
  programmeMarkers,
  programmeRows,
  programmesPerQuartier,
} from './build-programmes';
import { buildSavingsTrend } from './build-savings-trend-chart';
import { buildSavingsWaterfall } from './build-savings-waterfall-chart';
import { buildStructureChart } from './build-structure-chart';
import { buildBudgetOptions } from './budget-options';
import { availableStages, shownStage, STAGES } from './budget-stage';
import { inTimeline, TIMELINE_FILTERS } from './timeline-filter';

const { selectYear, selectLang, selectCurrentCommune, selectCommune } = contextFeature;
const { selectHealth, selectExecution, selectKpis, selectDocuments, selectSection, selectDirection } = budgetFeature;

const selectCommuneName = createSelector(selectCurrentCommune, (commune) => commune?.name ?? '');

export const selectAvailableStages = createSelector(selectDocuments, selectYear, availableStages);

/** The stage the charts compare with: the one chosen if loaded, else the latest loaded (BP when none is). */
export const selectShownStage = createSelector(
  budgetFeature.selectStage,
  selectAvailableStages,
  (stage, available) => shownStage(stage, available) ?? 'BP',
);

export const selectStageOptions = createSelector(selectAvailableStages, selectLang, (available, lang) =>
  STAGES.map((stage) => ({
    stage,
    label: translate(lang, `budget.stage.${stage}`),
    available: available.includes(stage),
  })),
);

const selectAccounts = createSelector(selectHealth, selectYear, accountsRow);

export const selectBudgetKpis = createSelector(selectHealth, selectKpis, selectYear, selectLang, buildBudgetKpis);

const selectChartInput = createSelector(
  selectExecution,
  selectSection,
  selectDirection,
  selectShownStage,
  selectYear,
  selectLang,
  (execution, section, direction, stage, year, lang) => ({
    execution,
    section,
    direction,
    stage,
    year,
    lang,
  }),
);

export const selectExecutionChart = createSelector(selectChartInput, buildExecutionChart);
export const selectFunctionChart = createSelector(selectChartInput, buildFunctionChart);
export const selectWaterfall = createSelector(selectAccounts, selectLang, buildSavingsWaterfall);
export const selectSavingsTrend = createSelector(selectHealth, selectYear, selectLang, buildSavingsTrend);
export const selectDebtCapacityTrend = createSelector(
  selectHealth,
  selectKpis,
  selectYear,
  selectLang,
  buildDebtCapacityTrend,
);
export const selectDebtTrend = createSelector(selectHealth, selectYear, selectLang, buildDebtTrend);

export const selectDrilldown = createSelector(
  budgetFeature.selectBudgetState,
  selectChartInput,
  selectCommune,
  (state, input, commune) =>
    buildDrilldown({
      ...input,
      commune: commune ?? '',
      drill: state.drill,
      chapters: state.drillChapters,
      articles: state.drillArticles,
      lines: state.drillLines,
      status: state.drillStatus,
      error: state.drillError,
    }),
);

/** XLSX files of the overview's charts, made by the API from the same views. */
const selectOverviewFiles = createSelector(
  selectCommune,
  selectYear,
  selectSection,
  selectDirection,
  (commune, year, section, direction) => ({
    execution: budgetFileUrl('execution', { commune, year, level: 'chapter', section, direction }, 'xlsx'),
    functions: budgetFileUrl('execution', { commune, year, level: 'subfunction', section, direction }, 'xlsx'),
    health: budgetFileUrl('health', { commune, year }, 'xlsx'),
  }),
);

export const selectBudgetViewModel = createSelector({
  status: budgetFeature.selectStatus,
  error: budgetFeature.selectError,
  commune: selectCommune,
  communeName: selectCommuneName,
  year: selectYear,
  partialYear: createSelector(selectYear, isPartialYear),
  hasData: createSelector(
    selectHealth,
    selectDocuments,
    (health, documents) => health.length > 0 || documents.length > 0,
  ),
  accountsYear: createSelector(selectAccounts, (row) => row?.year ?? null),
  kpis: selectBudgetKpis,
  budget: budgetFeature.selectBudget,
  budgetOptions: createSelector(budgetFeature.selectBudgets, selectLang, buildBudgetOptions),
  stage: selectShownStage,
  stages: selectStageOptions,
  section: selectSection,
  direction: selectDirection,
  executionChart: selectExecutionChart,
  functionChart: selectFunctionChart,
  waterfall: selectWaterfall,
  savingsTrend: selectSavingsTrend,
  debtCapacityTrend: selectDebtCapacityTrend,
  debtTrend: selectDebtTrend,
  drill: selectDrilldown,
  path: budgetFeature.selectDrill,
  files: selectOverviewFiles,
});

/** Today in Paris, the day the town hall lives in. */
const today = () => parisDay();

export const selectProgrammesViewModel = createSelector({
  status: budgetFeature.selectProgrammesStatus,
  error: budgetFeature.selectProgrammesError,
  communeName: selectCommuneName,
  programmes: budgetFeature.selectProgrammes,
  timelineFilter: budgetFeature.selectTimelineFilter,
  timelineFilters: createSelector(budgetFeature.selectProgrammes, selectLang, (programmes, lang) =>
    TIMELINE_FILTERS.map((filter) => ({
      filter,
      label: translate(lang, `budget.programmes.filter.${filter}`, {
        count: programmes.filter((p) => inTimeline(p, filter)).length,
      }),
    })),
  ),
  timeline: createSelector(
    budgetFeature.selectProgrammes,
    budgetFeature.selectTimelineFilter,
    selectLang,
    (programmes, filter, lang) =>
      buildProgrammeTimeline(
        programmes.filter((p) => inTimeline(p, filter)),
        today(),
        lang,
      ),
  ),
  table: createSelector(budgetFeature.selectProgrammes, selectLang, selectCommuneName, (programmes, lang, commune) => ({
    caption: `${translate(lang, 'budget.programmes.table')} – ${commune}`,
    columns: programmeColumns(lang),
    rows: programmeRows(programmes, lang),
  })),
  map: createSelector(
    budgetFeature.selectProgrammes,
    budgetFeature.selectQuartiers,
    selectLang,
    (programmes, quartiers, lang) => ({
      quartiers,
      title: translate(lang, 'budget.programmes.mapTitle'),
      values: programmesPerQuartier(programmes, quartiers),
      markers: programmeMarkers(programmes, LOCALE_BY_LANG[lang]),
    }),
  ),
  xlsxUrl: createSelector(selectCommune, (commune) => budgetFileUrl('programmes', { commune }, 'xlsx')),
});

export const selectPlacesViewModel = createSelector({
  status: budgetFeature.selectPlacesStatus,
  error: budgetFeature.selectPlacesError,
  commune: selectCommune,
  communeName: selectCommuneName,
  year: selectYear,
  quartiers: budgetFeature.selectQuartiers,
  measure: budgetFeature.selectMeasure,
  places: createSelector(budgetFeature.selectPlaces, budgetFeature.selectMeasure, selectYear, selectLang, buildPlaces),
  dots: createSelector(
    budgetFeature.selectProgrammes,
    budgetFeature.selectYearOperations,
    selectYear,
    selectLang,
    placeMarkers,
  ),
  selectedId: budgetFeature.selectSelectedQuartierId,
  selectedName: createSelector(
    budgetFeature.selectPlaces,
    budgetFeature.selectSelectedQuartierId,
    (places, id) => places.find((p) => p.place_kind === 'quartier' && Number(p.place_key) === id)?.place_label ?? null,
  ),
  operations: createSelector(
    budgetFeature.selectOperations,
    budgetFeature.selectOperationsStatus,
    selectLang,
    (operations, status, lang) => ({
      status,
      columns: operationColumns(lang),
      rows: operationRows(operations, lang),
    }),
  ),
  files: createSelector(
    selectCommune,
    selectYear,
    budgetFeature.selectSelectedQuartierId,
    (commune, year, quartier) => ({
      places: budgetFileUrl('investment', { commune, year, place: 'quartier' }, 'xlsx'),
      operations: budgetFileUrl('investment/operations', { commune, year, quartier }, 'xlsx'),
    }),
  ),
});

export const selectPartnersViewModel = createSelector({
  status: budgetFeature.selectPartnersStatus,
  error: budgetFeature.selectPartnersError,
  year: selectYear,
  axis: budgetFeature.selectAxis,
  communes: createSelector(budgetFeature.selectComparison, selectLang, (rows, lang) =>
    new Intl.ListFormat(LOCALE_BY_LANG[lang], { type: 'conjunction' }).format(rows.map((r) => r.commune)),
  ),
  table: createSelector(budgetFeature.selectComparison, selectYear, selectLang, buildPartnersTable),
  charts: createSelector(
    budgetFeature.selectComparison,
    selectCurrentCommune,
    selectYear,
    selectLang,
    (rows, commune, year, lang) => buildPartnerCharts(rows, commune?.name ?? null, year, lang),
  ),
  structure: createSelector(
    budgetFeature.selectStructure,
    budgetFeature.selectAxis,
    selectYear,
    selectLang,
    buildStructureChart,
  ),
  files: createSelector(selectYear, budgetFeature.selectAxis, (year, axis) => ({
    comparison: budgetFileUrl('comparison', { year }, 'xlsx'),
    structure: budgetFileUrl('structure', { year, axis }, 'xlsx'),
  })),
});
