import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { BriefDocument } from '../data-access/brief-document';
import { briefApiActions } from './brief-api.actions';
import { briefPageActions } from './brief-page.actions';

export interface BriefState {
  document: BriefDocument | null;
  status: LoadStatus;
  error: string | null;
}

const initialState: BriefState = { document: null, status: 'idle', error: null };

export const briefFeature = createFeature({
  name: 'brief',
  reducer: createReducer(
    initialState,
    // the previous document stays on screen (marked busy) until the new one arrives
    on(briefPageActions.opened, (state): BriefState => ({ ...state, status: 'loading' as const, error: null })),
    on(briefApiActions.loadedSuccess, (_state, { document }): BriefState => ({
      document,
      status: 'loaded' as const,
      error: null,
    })),
    on(briefApiActions.loadedFailure, (state, { error }): BriefState => ({
      ...state,
      status: 'error' as const,
      error,
    })),
  ),
});
