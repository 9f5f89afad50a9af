import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { FreshnessRow } from './freshness-row';
import { freshnessApiActions } from './freshness.actions';

export interface FreshnessState {
  commune: string | null;
  rows: readonly FreshnessRow[];
  status: LoadStatus;
}

export const initialFreshnessState: FreshnessState = { commune: null, rows: [], status: 'idle' };

export const freshnessFeature = createFeature({
  name: 'freshness',
  reducer: createReducer(
    initialFreshnessState,
    on(freshnessApiActions.loadedSuccess, (_state, { commune, rows }): FreshnessState => ({
      commune,
      rows,
      status: 'loaded',
    })),
    on(freshnessApiActions.loadedFailure, (_state, { commune }): FreshnessState => ({
      commune,
      rows: [],
      status: 'error',
    })),
  ),
});
