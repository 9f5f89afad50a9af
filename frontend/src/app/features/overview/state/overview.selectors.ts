import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { isPartialYear } from '../../../core/context/years';
import { buildKpis } from './build-kpis';
import { buildFluidsChart } from './build-fluids-cost-chart';
import { buildSpendingChart } from './build-spending-chart';
import { overviewFeature } from './overview.feature';

const { selectRows, selectKpis, selectStatus, selectError, selectQuartiers, selectSummaries } = overviewFeature;
const { selectYear, selectLang, selectCurrentCommune } = contextFeature;

export const selectOverviewKpis = createSelector(selectRows, selectKpis, selectYear, selectLang, buildKpis);

export const selectSpendingChart = createSelector(selectRows, selectYear, selectLang, buildSpendingChart);

export const selectFluidsChart = createSelector(selectRows, selectYear, selectLang, buildFluidsChart);

export const selectOverviewMap = createSelector({
  quartiers: selectQuartiers,
  summaries: selectSummaries,
  indicator: overviewFeature.selectIndicator,
  selectedId: overviewFeature.selectSelectedQuartierId,
  year: selectYear,
});

/** Everything the overview page shows. */
export const selectOverviewViewModel = createSelector({
  status: selectStatus,
  error: selectError,
  hasData: createSelector(selectRows, (rows) => rows.length > 0),
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  year: selectYear,
  partialYear: createSelector(selectYear, isPartialYear),
  kpis: selectOverviewKpis,
  spending: selectSpendingChart,
  fluids: selectFluidsChart,
  map: selectOverviewMap,
});
