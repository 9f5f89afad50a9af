import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { DEFAULT_QUARTIER_INDICATOR, QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { OverviewRow } from '../data-access/overview-row';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';

export interface OverviewState {
  /** Commune the data below belong to. */
  commune: string | null;
  rows: readonly OverviewRow[];
  /** The KPI catalogue's rows of the year: what the cards show. */
  kpis: readonly KpiRow[];
  quartiers: QuartierCollection | null;
  summaries: readonly QuartierSummary[];
  status: LoadStatus;
  error: string | null;
  indicator: QuartierIndicatorKey;
  selectedQuartierId: number | null;
}

export const initialOverviewState: OverviewState = {
  commune: null,
  rows: [],
  kpis: [],
  quartiers: null,
  summaries: [],
  status: 'idle',
  error: null,
  indicator: DEFAULT_QUARTIER_INDICATOR,
  selectedQuartierId: null,
};

export const overviewFeature = createFeature({
  name: 'overview',
  reducer: createReducer(
    initialOverviewState,
    on(overviewPageActions.opened, (state, { commune }): OverviewState => ({
      ...state,
      status: 'loading',
      error: null,
      // another commune: its map is not the previous one's (the figures and the map arrive in either order)
      quartiers: commune === state.commune ? state.quartiers : null,
      summaries: commune === state.commune ? state.summaries : [],
      selectedQuartierId: commune === state.commune ? state.selectedQuartierId : null,
    })),
    // the map's data may still be on their way, or already there: the page shows the key figures either way
    on(overviewApiActions.loadedSuccess, (state, { commune, rows, kpis }): OverviewState => ({
      ...state,
      commune,
      rows,
      kpis,
      status: state.status === 'error' ? 'error' : 'loaded',
    })),
    on(overviewApiActions.quartiersLoadedSuccess, (state, { quartiers, summaries }): OverviewState => ({
      ...state,
      quartiers,
      summaries,
    })),
    on(overviewApiActions.loadedFailure, (state, { error }): OverviewState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(overviewPageActions.indicatorChanged, (state, { indicator }): OverviewState => ({
      ...state,
      indicator,
    })),
    on(overviewPageActions.quartierSelected, (state, { quartierId }): OverviewState => ({
      ...state,
      selectedQuartierId: quartierId,
    })),
  ),
});
