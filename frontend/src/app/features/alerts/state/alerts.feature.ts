import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { AlertsData } from '../data-access/alerts-api';
import { AlertStatusFilter, AlertThreshold, FamilyAlert, FamilyAlertKind } from '../data-access/alert-rows';
import { alertsApiActions } from './alerts-api.actions';
import { alertsPageActions } from './alerts-page.actions';

/** What became of the last threshold sent: announced in the thresholds' live region. */
export interface ThresholdOutcome {
  kind: FamilyAlertKind;
  error: string | null;
}

export interface AlertsState {
  commune: string | null;
  year: number | null;
  statusFilter: AlertStatusFilter;
  /** Fluids alerts and the public budget figures: loaded together. */
  data: AlertsData | null;
  status: LoadStatus;
  error: string | null;
  /** Programmes, vacancy and footfall alerts: loaded on their own, so that their failure blanks nothing else. */
  family: readonly FamilyAlert[];
  familyStatus: LoadStatus;
  familyError: string | null;
  thresholds: readonly AlertThreshold[];
  thresholdsStatus: LoadStatus;
  thresholdsError: string | null;
  savingThreshold: FamilyAlertKind | null;
  thresholdOutcome: ThresholdOutcome | null;
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
  family: [],
  familyStatus: 'idle',
  familyError: null,
  thresholds: [],
  thresholdsStatus: 'idle',
  thresholdsError: null,
  savingThreshold: null,
  thresholdOutcome: null,
  busyKey: null,
  actionError: null,
};

const familyLoading = (state: AlertsState): AlertsState => ({
  ...state,
  familyStatus: 'loading',
  familyError: null,
});

export const alertsFeature = createFeature({
  name: 'alerts',
  reducer: createReducer(
    initialAlertsState,
    on(alertsPageActions.opened, (state, { commune, year }): AlertsState => {
      const same = commune === state.commune;
      return {
        ...state,
        commune,
        year,
        status: 'loading',
        error: null,
        data: same ? state.data : null,
        family: same ? state.family : [],
        familyStatus: 'loading',
        familyError: null,
        thresholds: same ? state.thresholds : [],
        thresholdsStatus: 'loading',
        thresholdsError: null,
        thresholdOutcome: null,
      };
    }),
    on(alertsPageActions.statusFilterChanged, (state, { status }): AlertsState => ({
      ...familyLoading(state),
      statusFilter: status,
      status: 'loading',
    })),
    on(alertsPageActions.familyAlertsRetried, familyLoading),
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
    on(alertsApiActions.familyAlertsLoaded, (state, { alerts }): AlertsState => ({
      ...state,
      family: alerts,
      familyStatus: 'loaded',
    })),
    on(alertsApiActions.familyAlertsFailure, (state, { error }): AlertsState => ({
      ...state,
      family: [],
      familyStatus: 'error',
      familyError: error,
    })),
    on(alertsApiActions.thresholdsLoaded, (state, { thresholds }): AlertsState => ({
      ...state,
      thresholds,
      thresholdsStatus: 'loaded',
    })),
    on(alertsApiActions.thresholdsFailure, (state, { error }): AlertsState => ({
      ...state,
      thresholds: [],
      thresholdsStatus: 'error',
      thresholdsError: error,
    })),
    on(alertsPageActions.thresholdSubmitted, alertsPageActions.thresholdReset, (state, { kind }): AlertsState => ({
      ...state,
      savingThreshold: kind,
      thresholdOutcome: null,
    })),
    // A new threshold changes which alerts exist: they are read again (see the effects).
    on(alertsApiActions.thresholdSaved, (state, { threshold }): AlertsState => ({
      ...familyLoading(state),
      thresholds: state.thresholds.map((row) => (row.kind === threshold.kind ? threshold : row)),
      savingThreshold: null,
      thresholdOutcome: { kind: threshold.kind, error: null },
    })),
    on(alertsApiActions.thresholdFailure, (state, { kind, error }): AlertsState => ({
      ...state,
      savingThreshold: null,
      thresholdOutcome: { kind, error },
    })),
    on(
      alertsPageActions.acknowledgeSubmitted,
      alertsPageActions.acknowledgementWithdrawn,
      alertsPageActions.familyAlertAcknowledgeSubmitted,
      alertsPageActions.familyAlertAcknowledgementWithdrawn,
      (state, { key }): AlertsState => ({ ...state, busyKey: key, actionError: null }),
    ),
    on(alertsApiActions.acknowledged, (state, { alert }): AlertsState => ({
      ...state,
      busyKey: null,
      data: state.data && {
        ...state.data,
        fluids: state.data.fluids.map((row) => (row.alert_key === alert.alert_key ? { ...row, ...alert } : row)),
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
    // The row stays where it is, marked as taken in hand, until the list is read again.
    on(alertsApiActions.familyAlertAcknowledged, (state, { alert }): AlertsState => ({
      ...state,
      busyKey: null,
      family: state.family.map((row) => (row.alert_key === alert.alert_key ? { ...row, ...alert } : row)),
    })),
    on(alertsApiActions.familyAlertWithdrawn, (state, { key }): AlertsState => ({
      ...state,
      busyKey: null,
      family: state.family.map((row) =>
        row.alert_key === key
          ? {
              ...row,
              status: 'open',
              acknowledged_at: null,
              acknowledged_by: null,
              comment: null,
            }
          : row,
      ),
    })),
    on(alertsApiActions.actionFailure, (state, { error }): AlertsState => ({
      ...state,
      busyKey: null,
      actionError: error,
    })),
  ),
});
