import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, mergeMap, Observable, of, switchMap, take, withLatestFrom } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { AlertsApi } from '../data-access/alerts-api';
import { alertsApiActions } from './alerts-api.actions';
import { alertsPageActions } from './alerts-page.actions';
import { alertsFeature } from './alerts.feature';

const message = (error: unknown) => toApiError(error).message;

/**
 * Emits once no acknowledgement is on its way: a list read while one is would come back without it and put the
 * alert back as it was on the screen.
 */
const whenSettled = (store: Store): Observable<unknown> =>
  store.select(alertsFeature.selectBusyKey).pipe(
    filter((key) => key === null),
    take(1),
  );

/** Fluids alerts and the public budget figures, for the commune, year and status shown. */
export const loadAlerts = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.opened, alertsPageActions.statusFilterChanged),
      withLatestFrom(store.select(alertsFeature.selectAlertsState)),
      filter(([, state]) => state.commune !== null && state.year !== null),
      switchMap(([, state]) =>
        whenSettled(store).pipe(
          switchMap(() => api.load(state.commune!, state.year!, state.statusFilter)),
          map((data) => alertsApiActions.loadedSuccess({ commune: state.commune!, data })),
          catchError((error: unknown) => of(alertsApiActions.loadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Programmes, vacancy and footfall alerts, on their own request: when it fails (a 403, or a 404 from an older API)
 * the fluids and budget parts still show. Read again after a threshold is changed.
 */
export const loadFamilyAlerts = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(
        alertsPageActions.opened,
        alertsPageActions.statusFilterChanged,
        alertsPageActions.familyAlertsRetried,
        alertsApiActions.thresholdSaved,
      ),
      withLatestFrom(store.select(alertsFeature.selectAlertsState)),
      filter(([, state]) => state.commune !== null),
      switchMap(([, state]) =>
        whenSettled(store).pipe(
          switchMap(() => api.familyAlerts(state.commune!, state.statusFilter)),
          map((alerts) => alertsApiActions.familyAlertsLoaded({ alerts })),
          catchError((error: unknown) => of(alertsApiActions.familyAlertsFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadThresholds = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.opened),
      switchMap(({ commune }) =>
        api.thresholds(commune).pipe(
          map((thresholds) => alertsApiActions.thresholdsLoaded({ thresholds })),
          catchError((error: unknown) => of(alertsApiActions.thresholdsFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** One threshold at a time, in the order they were sent. */
export const saveThreshold = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.thresholdSubmitted, alertsPageActions.thresholdReset),
      concatMap((action) =>
        (action.type === alertsPageActions.thresholdReset.type
          ? api.resetThreshold(action.commune, action.kind)
          : api.saveThreshold(action.commune, action.kind, action.value)
        ).pipe(
          map((threshold) => alertsApiActions.thresholdSaved({ threshold })),
          catchError((error: unknown) =>
            of(alertsApiActions.thresholdFailure({ kind: action.kind, error: message(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const acknowledge = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.acknowledgeSubmitted),
      mergeMap(({ commune, key, comment }) =>
        api.acknowledge(commune, key, comment).pipe(
          map((alert) => alertsApiActions.acknowledged({ alert })),
          catchError((error: unknown) => of(alertsApiActions.actionFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const withdraw = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.acknowledgementWithdrawn),
      mergeMap(({ commune, key }) =>
        api.withdraw(commune, key).pipe(
          map(() => alertsApiActions.withdrawn({ key })),
          catchError((error: unknown) => of(alertsApiActions.actionFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const acknowledgeFamilyAlert = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.familyAlertAcknowledgeSubmitted),
      mergeMap(({ commune, key, comment }) =>
        api.acknowledgeFamilyAlert(commune, key, comment).pipe(
          map((alert) => alertsApiActions.familyAlertAcknowledged({ alert })),
          catchError((error: unknown) => of(alertsApiActions.actionFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const withdrawFamilyAlert = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.familyAlertAcknowledgementWithdrawn),
      mergeMap(({ commune, key }) =>
        api.withdrawFamilyAlert(commune, key).pipe(
          map(() => alertsApiActions.familyAlertWithdrawn({ key })),
          catchError((error: unknown) => of(alertsApiActions.actionFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
