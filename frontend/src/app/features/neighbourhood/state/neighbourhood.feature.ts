import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { DEFAULT_QUARTIER_INDICATOR, QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { quartiersApiActions } from './quartiers-api.actions';
import { quartiersPageActions } from './quartiers-page.actions';

export interface NeighbourhoodState {
  commune: string | null;
  quartiers: QuartierCollection | null;
  summaries: readonly QuartierSummary[];
  status: LoadStatus;
  error: string | null;
  indicator: QuartierIndicatorKey;
  selectedQuartierId: number | null;
}

export const initialNeighbourhoodState: NeighbourhoodState = {
  commune: null,
  quartiers: null,
  summaries: [],
  status: 'idle',
  error: null,
  indicator: DEFAULT_QUARTIER_INDICATOR,
  selectedQuartierId: null,
};

export const neighbourhoodFeature = createFeature({
  name: 'neighbourhood',
  reducer: createReducer(
    initialNeighbourhoodState,
    on(quartiersPageActions.opened, (state, { commune }): NeighbourhoodState => ({
      ...state,
      status: 'loading',
      error: null,
      selectedQuartierId: commune === state.commune ? state.selectedQuartierId : null,
    })),
    on(quartiersApiActions.loadedSuccess, (state, { commune, quartiers, summaries }): NeighbourhoodState => ({
      ...state,
      commune,
      quartiers,
      summaries,
      status: 'loaded',
    })),
    on(quartiersApiActions.loadedFailure, (state, { error }): NeighbourhoodState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(quartiersPageActions.indicatorChanged, (state, { indicator }): NeighbourhoodState => ({
      ...state,
      indicator,
    })),
    on(quartiersPageActions.quartierSelected, (state, { quartierId }): NeighbourhoodState => ({
      ...state,
      selectedQuartierId: quartierId,
    })),
  ),
});
