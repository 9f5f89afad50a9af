import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { AlertsData } from '../data-access/alerts-api';
import { AlertStatusFilter } from '../data-access/alert-rows';
import { alertsApiActions } from './alerts-api.actions';
import { alertsPageActions } from './alerts-page.actions';

export interface AlertsState {
  commune: string | null;
  year: number | null;
  statusFilter: AlertStatusFilter;
  data: AlertsData | null;
  status: LoadStatus;
  error: string | null;
  busyKey: string | null;
  actionError: string | null;
}

export const initialAlertsState: AlertsState = {
  commune: null,
  year: null,
  statusFilter: 'open',
  data: null,
  status: 'idle',
  error: null,
  busyKey: null,
  actionError: null,
};

export const alertsFeature = createFeature({
  name: 'alerts',
  reducer: createReducer(
    initialAlertsState,
    on(alertsPageActions.opened, (state, { commune, year }): AlertsState => ({
      ...state,
      commune,
      year,
      status: 'loading',
      error: null,
      data: commune === state.commune ? state.data : null,
    })),
    on(alertsPageActions.statusFilterChanged, (state, { status }): AlertsState => ({
      ...state,
      statusFilter: status,
      status: 'loading',
    })),
    on(alertsApiActions.loadedSuccess, (state, { data }): AlertsState => ({
      ...state,
      data,
      status: 'loaded',
    })),
    on(alertsApiActions.loadedFailure, (state, { error }): AlertsState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(
      alertsPageActions.acknowledgeSubmitted,
      alertsPageActions.acknowledgementWithdrawn,
      (state, { key }): AlertsState => ({ ...state, busyKey: key, actionError: null }),
    ),
    on(alertsApiActions.acknowledged, (state, { alert }): AlertsState => ({
      ...state,
      busyKey: null,
      data: state.data && {
        ...state.data,
        fluids: state.data.fluids.map((row) =>
          row.alert_key === alert.alert_key ? { ...row, ...alert } : row,
        ),
      },
    })),
    on(alertsApiActions.withdrawn, (state, { key }): AlertsState => ({
      ...state,
      busyKey: null,
      data: state.data && {
        ...state.data,
        fluids: state.data.fluids.map((row) =>
          row.alert_key === key
            ? {
                ...row,
                acknowledged: false,
                acknowledged_at: null,
                acknowledged_by: null,
                comment: null,
              }
            : row,
        ),
      },
    })),
    on(alertsApiActions.actionFailure, (state, { error }): AlertsState => ({
      ...state,
      busyKey: null,
      actionError: error,
    })),
  ),
});
