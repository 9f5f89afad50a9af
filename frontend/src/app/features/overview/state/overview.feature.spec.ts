import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { OVERVIEW_KPIS_2025 } from '../data-access/overview-kpis.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';
import { initialOverviewState, overviewFeature, OverviewState } from './overview.feature';

const { reducer } = overviewFeature;

function loadedLille(): OverviewState {
  const opened = reducer(initialOverviewState, overviewPageActions.opened({ commune: '59350', year: 2025 }));
  const figures = reducer(
    opened,
    overviewApiActions.loadedSuccess({
      commune: '59350',
      year: 2025,
      rows: OVERVIEW_ROWS_FIXTURE,
      kpis: OVERVIEW_KPIS_2025,
    }),
  );
  return reducer(
    figures,
    overviewApiActions.quartiersLoadedSuccess({
      commune: '59350',
      year: 2025,
      quartiers: QUARTIERS_FIXTURE,
      summaries: QUARTIER_SUMMARIES_FIXTURE,
    }),
  );
}

describe('overview feature', () => {
  it('is loading once the page opens', () => {
    const state = reducer(initialOverviewState, overviewPageActions.opened({ commune: '59350', year: 2025 }));
    expect(state.status).toBe('loading');
  });

  it('shows the key figures as soon as they arrive, before the map', () => {
    const state = reducer(
      reducer(initialOverviewState, overviewPageActions.opened({ commune: '59350', year: 2025 })),
      overviewApiActions.loadedSuccess({
        commune: '59350',
        year: 2025,
        rows: OVERVIEW_ROWS_FIXTURE,
        kpis: OVERVIEW_KPIS_2025,
      }),
    );
    expect(state.status).toBe('loaded');
    expect(state.rows.length).toBe(3);
    expect(state.quartiers).toBeNull();
  });

  it('keeps the map when its data arrive before the key figures', () => {
    const opened = reducer(initialOverviewState, overviewPageActions.opened({ commune: '59350', year: 2025 }));
    const map = reducer(
      opened,
      overviewApiActions.quartiersLoadedSuccess({
        commune: '59350',
        year: 2025,
        quartiers: QUARTIERS_FIXTURE,
        summaries: QUARTIER_SUMMARIES_FIXTURE,
      }),
    );
    const state = reducer(
      map,
      overviewApiActions.loadedSuccess({
        commune: '59350',
        year: 2025,
        rows: OVERVIEW_ROWS_FIXTURE,
        kpis: OVERVIEW_KPIS_2025,
      }),
    );
    expect(state.quartiers?.features.length).toBe(2);
    expect(state.summaries.length).toBe(2);
  });

  it('forgets the map of another commune as soon as a new one is opened', () => {
    const state = reducer(loadedLille(), overviewPageActions.opened({ commune: '59512', year: 2025 }));
    expect(state.quartiers).toBeNull();
    expect(state.summaries).toEqual([]);
  });

  it('keeps the years, the quartier shapes and their figures once loaded', () => {
    const state = loadedLille();
    expect(state.status).toBe('loaded');
    expect(state.commune).toBe('59350');
    expect(state.rows.length).toBe(3);
    expect(state.quartiers?.features.length).toBe(2);
    expect(state.summaries.length).toBe(2);
  });

  it('keeps the picked quartier when only the year changes, forgets it for another commune', () => {
    const picked = reducer(loadedLille(), overviewPageActions.quartierSelected({ quartierId: 2 }));
    const otherYear = reducer(picked, overviewPageActions.opened({ commune: '59350', year: 2024 }));
    const otherCommune = reducer(picked, overviewPageActions.opened({ commune: '59512', year: 2025 }));
    expect(otherYear.selectedQuartierId).toBe(2);
    expect(otherCommune.selectedQuartierId).toBeNull();
  });

  it('keeps the data already shown while it reloads, and records a failure', () => {
    const reloading = reducer(loadedLille(), overviewPageActions.opened({ commune: '59350', year: 2024 }));
    expect(reloading.rows.length).toBe(3);
    const failed = reducer(reloading, overviewApiActions.loadedFailure({ error: 'Base indisponible' }));
    expect(failed.status).toBe('error');
    expect(failed.error).toBe('Base indisponible');
  });

  it('colours the map by investment per inhabitant until another indicator is chosen', () => {
    expect(initialOverviewState.indicator).toBe('investment_per_inhabitant_eur');
    const state = reducer(initialOverviewState, overviewPageActions.indicatorChanged({ indicator: 'vacancy_rate' }));
    expect(state.indicator).toBe('vacancy_rate');
  });
});
