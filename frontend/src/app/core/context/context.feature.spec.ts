import { Commune } from './commune';
import { communesApiActions } from './communes-api.actions';
import { contextFeature, ContextState, initialContextState } from './context.feature';
import { contextUrlActions } from './context-url.actions';
import { preferencesActions } from './preferences.actions';
import { shellActions } from './shell.actions';

const lille: Commune = { insee_code: '59350', name: 'Lille', population: 236234, is_demo: true };
const roubaix: Commune = {
  insee_code: '59512',
  name: 'Roubaix',
  population: 98828,
  is_demo: false,
};
const { reducer } = contextFeature;

function loaded(state: ContextState = initialContextState): ContextState {
  return reducer(state, communesApiActions.loadedSuccess({ communes: [lille, roubaix] }));
}

describe('context feature', () => {
  it('starts on 2025, the last full year, in French, with no commune yet', () => {
    expect(initialContextState.year).toBe(2025);
    expect(initialContextState.lang).toBe('fr');
    expect(initialContextState.commune).toBeNull();
  });

  it('selects the first commune of the list when none was asked for', () => {
    const state = loaded();
    expect(state.commune).toBe('59350');
    expect(state.communesStatus).toBe('loaded');
  });

  it('keeps the commune a shared link named, once the list confirms it exists', () => {
    const fromUrl = reducer(initialContextState, contextUrlActions.paramsRead({ commune: '59512', year: 2023 }));
    const state = loaded(fromUrl);
    expect(state.commune).toBe('59512');
    expect(state.year).toBe(2023);
  });

  it('falls back to the first commune when the link names an unknown one', () => {
    const fromUrl = reducer(initialContextState, contextUrlActions.paramsRead({ commune: '99999', year: null }));
    expect(loaded(fromUrl).commune).toBe('59350');
  });

  it('ignores a year outside 2020-2026 and an unknown commune picked later', () => {
    let state = loaded();
    state = reducer(state, shellActions.yearSelected({ year: 1999 }));
    state = reducer(state, shellActions.communeSelected({ commune: '00000' }));
    expect(state.year).toBe(2025);
    expect(state.commune).toBe('59350');
  });

  it('follows the selectors of the header', () => {
    let state = loaded();
    state = reducer(state, shellActions.communeSelected({ commune: '59512' }));
    state = reducer(state, shellActions.yearSelected({ year: 2022 }));
    expect(contextFeature.selectUrlParams.projector(state.commune, state.year)).toEqual({
      commune: '59512',
      year: 2022,
    });
  });

  it('remembers the error when the list cannot be loaded', () => {
    const state = reducer(
      reducer(initialContextState, shellActions.opened()),
      communesApiActions.loadedFailure({ error: 'Le serveur ne répond pas.' }),
    );
    expect(state.communesStatus).toBe('error');
    expect(state.communesError).toBe('Le serveur ne répond pas.');
  });

  it('switches language when chosen or restored', () => {
    expect(reducer(initialContextState, shellActions.languageSelected({ lang: 'en' })).lang).toBe('en');
    expect(reducer(initialContextState, preferencesActions.languageRestored({ lang: 'en' })).lang).toBe('en');
  });

  it('tells whether the current commune carries demonstration data', () => {
    const root = { context: loaded() };
    expect(contextFeature.selectCurrentCommune(root)?.name).toBe('Lille');
    expect(contextFeature.selectIsDemo(root)).toBeTrue();
  });
});
