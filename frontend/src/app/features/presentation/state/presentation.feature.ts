import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { PresentationData } from '../data-access/presentation-rows';
import { presentationApiActions } from './presentation-api.actions';
import { presentationPageActions } from './presentation-page.actions';

export interface PresentationState {
  commune: string | null;
  year: number | null;
  data: PresentationData | null;
  status: LoadStatus;
  error: string | null;
  quartierId: number | null;
  /** 0-based index of the slide shown. */
  slide: number;
}

export const initialPresentationState: PresentationState = {
  commune: null,
  year: null,
  data: null,
  status: 'idle',
  error: null,
  quartierId: null,
  slide: 0,
};

export const presentationFeature = createFeature({
  name: 'presentation',
  reducer: createReducer(
    initialPresentationState,
    on(presentationPageActions.opened, (state, { commune, year }): PresentationState => ({
      ...state,
      commune,
      year,
      status: 'loading',
      error: null,
      data: commune === state.commune ? state.data : null,
    })),
    on(presentationApiActions.loadedSuccess, (state, { commune, year, data }): PresentationState => ({
      ...state,
      commune,
      year,
      data,
      status: 'loaded',
    })),
    on(presentationApiActions.loadedFailure, (state, { error }): PresentationState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(presentationPageActions.slideShown, (state, { quartierId, slide }): PresentationState => ({
      ...state,
      quartierId,
      slide,
    })),
  ),
});
