import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import {
  DayRow,
  ImpactRequest,
  ImpactResult,
  InterventionRow,
  ProfileRow,
  SiteKind,
  SiteRow,
  YearOnYear,
} from '../data-access/commerce-rows';
import { commerceApiActions, FlowsLoaded, StreetLoaded, VacancyLoaded } from './commerce-api.actions';
import { MapMode } from './commerce-choices';
import { commercePageActions, flowsPageActions, impactPageActions, streetPageActions } from './commerce-page.actions';

interface Loadable {
  status: LoadStatus;
  error: string | null;
}

export interface VacancySlice extends Loadable {
  data: VacancyLoaded | null;
  mapMode: MapMode;
  quartierId: number | null;
}

export interface StreetSlice extends Loadable {
  street: string | null;
  data: StreetLoaded | null;
}

export interface FlowsSlice extends Loadable {
  data: FlowsLoaded | null;
  /** Zone of the daily series and the hour x weekday profile; null = the whole commune. */
  zone: string | null;
  kind: SiteKind;
  profile: readonly ProfileRow[];
  daily: readonly DayRow[];
  /** The year against the last, for the kind chosen. */
  yearOnYear: YearOnYear | null;
  profileStatus: LoadStatus;
}

export interface ImpactSlice extends Loadable {
  commune: string | null;
  interventions: readonly InterventionRow[];
  sites: readonly SiteRow[];
  request: ImpactRequest | null;
  result: ImpactResult | null;
  resultStatus: LoadStatus;
  resultError: string | null;
}

export interface CommerceState {
  vacancy: VacancySlice;
  street: StreetSlice;
  flows: FlowsSlice;
  impact: ImpactSlice;
}

const idle = { status: 'idle' as LoadStatus, error: null };
const loading = { status: 'loading' as LoadStatus, error: null };
const failed = (error: string) => ({ status: 'error' as LoadStatus, error });

export const initialCommerceState: CommerceState = {
  vacancy: { ...idle, data: null, mapMode: 'vacancy', quartierId: null },
  street: { ...idle, street: null, data: null },
  flows: {
    ...idle,
    data: null,
    zone: null,
    kind: 'pedestrian',
    profile: [],
    daily: [],
    yearOnYear: null,
    profileStatus: 'idle',
  },
  impact: {
    ...idle,
    commune: null,
    interventions: [],
    sites: [],
    request: null,
    result: null,
    resultStatus: 'idle',
    resultError: null,
  },
};

export const commerceFeature = createFeature({
  name: 'commerce',
  reducer: createReducer(
    initialCommerceState,
    on(commercePageActions.opened, (state): CommerceState => ({
      ...state,
      vacancy: { ...state.vacancy, ...loading },
    })),
    on(commercePageActions.mapModeChanged, (state, { mode }): CommerceState => ({
      ...state,
      vacancy: { ...state.vacancy, mapMode: mode },
    })),
    on(commercePageActions.quartierSelected, (state, { quartierId }): CommerceState => ({
      ...state,
      vacancy: {
        ...state.vacancy,
        quartierId: quartierId === state.vacancy.quartierId ? null : quartierId,
      },
    })),
    on(commerceApiActions.vacancyLoadedSuccess, (state, data): CommerceState => ({
      ...state,
      vacancy: { ...state.vacancy, status: 'loaded', data },
    })),
    on(commerceApiActions.vacancyLoadedFailure, (state, { error }): CommerceState => ({
      ...state,
      vacancy: { ...state.vacancy, ...failed(error) },
    })),

    on(streetPageActions.opened, (state, { street }): CommerceState => ({
      ...state,
      street: {
        ...state.street,
        ...loading,
        street,
        data: street === state.street.street ? state.street.data : null,
      },
    })),
    on(commerceApiActions.streetLoadedSuccess, (state, data): CommerceState => ({
      ...state,
      street: data.street === state.street.street ? { ...state.street, status: 'loaded', data } : state.street,
    })),
    on(commerceApiActions.streetLoadedFailure, (state, { error }): CommerceState => ({
      ...state,
      street: { ...state.street, ...failed(error) },
    })),

    on(flowsPageActions.opened, (state): CommerceState => ({
      ...state,
      flows: { ...state.flows, ...loading },
    })),
    on(commerceApiActions.flowsLoadedSuccess, (state, data): CommerceState => ({
      ...state,
      // the detail (profile, daily series, year against the last) follows at once: not "no data" meanwhile
      flows: { ...state.flows, status: 'loaded', data, profileStatus: 'loading' },
    })),
    on(commerceApiActions.flowsLoadedFailure, (state, { error }): CommerceState => ({
      ...state,
      flows: { ...state.flows, ...failed(error) },
    })),
    on(flowsPageActions.zoneSelected, (state, { zone }): CommerceState => ({
      ...state,
      // the previous zone's figures are not shown under the new zone's headings while it loads
      flows: { ...state.flows, zone, profile: [], daily: [], profileStatus: 'loading' },
    })),
    on(flowsPageActions.kindSelected, (state, { kind }): CommerceState => ({
      ...state,
      flows: {
        ...state.flows,
        kind,
        zone: null,
        profile: [],
        daily: [],
        yearOnYear: null,
        profileStatus: 'loading',
      },
    })),
    on(commerceApiActions.detailLoadedSuccess, (state, { profile, daily, yearOnYear }): CommerceState => ({
      ...state,
      flows: { ...state.flows, profile, daily, yearOnYear, profileStatus: 'loaded' },
    })),
    on(commerceApiActions.detailLoadedFailure, (state): CommerceState => ({
      ...state,
      flows: { ...state.flows, profile: [], daily: [], yearOnYear: null, profileStatus: 'error' },
    })),

    on(impactPageActions.opened, (state, { commune }): CommerceState => ({
      ...state,
      impact: {
        ...state.impact,
        ...loading,
        commune,
        ...(commune === state.impact.commune ? {} : { result: null, request: null }),
      },
    })),
    on(commerceApiActions.interventionsLoadedSuccess, (state, { commune, interventions, sites }): CommerceState => ({
      ...state,
      impact: { ...state.impact, status: 'loaded', commune, interventions, sites },
    })),
    on(commerceApiActions.interventionsLoadedFailure, (state, { error }): CommerceState => ({
      ...state,
      impact: { ...state.impact, ...failed(error) },
    })),
    on(impactPageActions.analysisRequested, (state, { request }): CommerceState => ({
      ...state,
      impact: { ...state.impact, request, resultStatus: 'loading', resultError: null },
    })),
    on(impactPageActions.formReset, (state): CommerceState => ({
      ...state,
      impact: {
        ...state.impact,
        request: null,
        result: null,
        resultStatus: 'idle',
        resultError: null,
      },
    })),
    on(commerceApiActions.impactLoadedSuccess, (state, { result }): CommerceState => ({
      ...state,
      impact: { ...state.impact, result, resultStatus: 'loaded' },
    })),
    on(commerceApiActions.impactLoadedFailure, (state, { error }): CommerceState => ({
      ...state,
      impact: { ...state.impact, resultStatus: 'error', resultError: error },
    })),
  ),
});
