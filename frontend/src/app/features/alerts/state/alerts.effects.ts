import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, map, mergeMap, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { AlertsApi } from '../data-access/alerts-api';
import { alertsApiActions } from './alerts-api.actions';
import { alertsPageActions } from './alerts-page.actions';
import { alertsFeature } from './alerts.feature';

export const loadAlerts = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AlertsApi)) =>
    actions$.pipe(
      ofType(alertsPageActions.opened, alertsPageActions.statusFilterChanged),
      withLatestFrom(store.select(alertsFeature.selectAlertsState)),
      filter(([, state]) => state.commune !== null && state.year !== null),
      switchMap(([, state]) =>
        api.load(state.commune!, state.year!, state.statusFilter).pipe(
          map((data) => alertsApiActions.loadedSuccess({ commune: state.commune!, data })),
          catchError((error: unknown) =>
            of(alertsApiActions.loadedFailure({ error: toApiError(error).message })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const acknowledge = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) =>
    actions$.pipe(
      ofType(alertsPageActions.acknowledgeSubmitted),
      mergeMap(({ commune, key, comment }) =>
        api.acknowledge(commune, key, comment).pipe(
          map((alert) => alertsApiActions.acknowledged({ alert })),
          catchError((error: unknown) =>
            of(alertsApiActions.actionFailure({ error: toApiError(error).message })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const withdraw = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) =>
    actions$.pipe(
      ofType(alertsPageActions.acknowledgementWithdrawn),
      mergeMap(({ commune, key }) =>
        api.withdraw(commune, key).pipe(
          map(() => alertsApiActions.withdrawn({ key })),
          catchError((error: unknown) =>
            of(alertsApiActions.actionFailure({ error: toApiError(error).message })),
          ),
        ),
      ),
    ),
  { functional: true },
);
