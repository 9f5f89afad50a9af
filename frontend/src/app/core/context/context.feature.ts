import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { DEFAULT_LANG, Lang } from '../i18n/lang';
import { Commune } from './commune';
import { communesApiActions } from './communes-api.actions';
import { contextUrlActions } from './context-url.actions';
import { preferencesActions } from './preferences.actions';
import { shellActions } from './shell.actions';
import { DEFAULT_YEAR, isKnownYear } from './years';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** What every page looks at: which commune, which year, in which language. */
export interface ContextState {
  communes: readonly Commune[];
  communesStatus: LoadStatus;
  communesError: string | null;
  /** INSEE code of the selected commune; null until the list has loaded or the URL named one. */
  commune: string | null;
  year: number;
  lang: Lang;
}

export const initialContextState: ContextState = {
  communes: [],
  communesStatus: 'idle',
  communesError: null,
  commune: null,
  year: DEFAULT_YEAR,
  lang: DEFAULT_LANG,
};

function knownCommune(communes: readonly Commune[], insee: string | null): string | null {
  if (insee === null) return null;
  if (communes.length === 0) return insee;
  return communes.some((commune) => commune.insee_code === insee) ? insee : null;
}

export const contextFeature = createFeature({
  name: 'context',
  reducer: createReducer(
    initialContextState,
    on(shellActions.opened, (state): ContextState => ({
      ...state,
      communesStatus: 'loading',
      communesError: null,
    })),
    on(communesApiActions.loadedSuccess, (state, { communes }): ContextState => ({
      ...state,
      communes,
      communesStatus: 'loaded',
      commune: knownCommune(communes, state.commune) ?? communes[0]?.insee_code ?? null,
    })),
    on(communesApiActions.loadedFailure, (state, { error }): ContextState => ({
      ...state,
      communesStatus: 'error',
      communesError: error,
    })),
    on(shellActions.communeSelected, (state, { commune }): ContextState => ({
      ...state,
      commune: knownCommune(state.communes, commune) ?? state.commune,
    })),
    on(shellActions.yearSelected, (state, { year }): ContextState => ({
      ...state,
      year: isKnownYear(year) ? year : state.year,
    })),
    on(contextUrlActions.paramsRead, (state, { commune, year }): ContextState => ({
      ...state,
      commune: knownCommune(state.communes, commune) ?? state.commune,
      year: isKnownYear(year) ? year : state.year,
    })),
    on(shellActions.languageSelected, preferencesActions.languageRestored, (state, { lang }): ContextState => ({
      ...state,
      lang,
    })),
  ),
  extraSelectors: ({ selectCommunes, selectCommune, selectYear }) => {
    const selectCurrentCommune = createSelector(
      selectCommunes,
      selectCommune,
      (communes, insee) => communes.find((commune) => commune.insee_code === insee) ?? null,
    );
    return {
      selectCurrentCommune,
      selectIsDemo: createSelector(selectCurrentCommune, (commune) => commune?.is_demo ?? false),
      /** What the URL carries: `?commune=59350&year=2025`. */
      selectUrlParams: createSelector(selectCommune, selectYear, (commune, year) => ({
        commune,
        year,
      })),
    };
  },
});
