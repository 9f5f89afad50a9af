import {
  DAYS_FIXTURE,
  IMPACT_FIXTURE,
  INTERVENTIONS_FIXTURE,
  PROFILE_FIXTURE,
} from '../data-access/commerce-rows.fixture';
import { commerceApiActions } from './commerce-api.actions';
import { commercePageActions, flowsPageActions, impactPageActions, streetPageActions } from './commerce-page.actions';
import { commerceFeature, initialCommerceState } from './commerce.feature';

const reduce = commerceFeature.reducer;

describe('commerce feature', () => {
  it('toggles the quartier picked on the map, and keeps the map mode', () => {
    let state = reduce(initialCommerceState, commercePageActions.quartierSelected({ quartierId: 3 }));
    state = reduce(state, commercePageActions.mapModeChanged({ mode: 'activities' }));

    expect([state.vacancy.quartierId, state.vacancy.mapMode]).toEqual([3, 'activities']);
    expect(reduce(state, commercePageActions.quartierSelected({ quartierId: 3 })).vacancy.quartierId).toBeNull();
  });

  it("forgets a street's data when another street opens, and ignores a late answer for the previous one", () => {
    const loaded = {
      commune: '59350',
      date: '2025-12-31',
      history: [],
      timeline: [],
      premises: [],
      durations: [],
      mix: [],
      interventions: [],
      kpis: [],
    };
    let state = reduce(
      initialCommerceState,
      streetPageActions.opened({
        commune: '59350',
        year: 2025,
        date: '2025-12-31',
        street: 'rue Neuve',
      }),
    );
    state = reduce(state, commerceApiActions.streetLoadedSuccess({ ...loaded, street: 'rue Neuve' }));
    state = reduce(
      state,
      streetPageActions.opened({
        commune: '59350',
        year: 2025,
        date: '2025-12-31',
        street: 'rue de Béthune',
      }),
    );

    expect([state.street.street, state.street.status, state.street.data]).toEqual(['rue de Béthune', 'loading', null]);
    expect(
      reduce(state, commerceApiActions.streetLoadedSuccess({ ...loaded, street: 'rue Neuve' })).street.data,
    ).toBeNull();
  });

  it('resets the zone when the kind of counters changes, and waits for the profile', () => {
    let state = reduce(initialCommerceState, flowsPageActions.zoneSelected({ zone: 'Wazemmes' }));
    state = reduce(state, flowsPageActions.kindSelected({ kind: 'bike' }));

    expect([state.flows.kind, state.flows.zone, state.flows.profileStatus]).toEqual(['bike', null, 'loading']);
  });

  it("drops the previous zone's profile and days when another zone is chosen, and keeps the year against the last", () => {
    const yearOnYear = { commune_insee: '59350', from: '2025-01-01', to: '2025-12-31', rows: [] };
    let state = reduce(
      initialCommerceState,
      commerceApiActions.detailLoadedSuccess({
        profile: PROFILE_FIXTURE,
        daily: DAYS_FIXTURE,
        yearOnYear,
      }),
    );
    state = reduce(state, flowsPageActions.zoneSelected({ zone: 'Wazemmes' }));

    expect([state.flows.profile, state.flows.daily, state.flows.profileStatus]).toEqual([[], [], 'loading']);
    expect(state.flows.yearOnYear).toBe(yearOnYear);
    expect(reduce(state, flowsPageActions.kindSelected({ kind: 'bike' })).flows.yearOnYear).toBeNull();
  });

  it('keeps the interventions, the request and its result of the impact tool', () => {
    let state = reduce(initialCommerceState, impactPageActions.opened({ commune: '59350', intervention: null }));
    state = reduce(
      state,
      commerceApiActions.interventionsLoadedSuccess({
        commune: '59350',
        interventions: INTERVENTIONS_FIXTURE,
        sites: [],
        selected: 'LIL-INT-001',
      }),
    );
    state = reduce(
      state,
      impactPageActions.analysisRequested({
        commune: '59350',
        request: { intervention: 'LIL-INT-001', window: 56 },
      }),
    );

    expect([state.impact.status, state.impact.interventions.length, state.impact.resultStatus]).toEqual([
      'loaded',
      2,
      'loading',
    ]);
    state = reduce(state, commerceApiActions.impactLoadedSuccess({ result: IMPACT_FIXTURE }));
    expect([state.impact.resultStatus, state.impact.result?.window_days]).toEqual(['loaded', 56]);
    state = reduce(
      state,
      commerceApiActions.impactLoadedFailure({
        error: 'Sites de comptage inconnus dans la commune 59350 : NOPE',
      }),
    );
    expect([state.impact.resultStatus, state.impact.resultError]).toEqual([
      'error',
      'Sites de comptage inconnus dans la commune 59350 : NOPE',
    ]);
  });
});
