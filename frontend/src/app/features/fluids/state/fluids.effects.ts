import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { catchError, concatMap, forkJoin, map, mergeMap, Observable, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { FluidsApi } from '../data-access/fluids-api';
import { fluidsApiActions } from './fluids-api.actions';
import {
  alertsPageActions,
  buildingPageActions,
  fluidsPageActions,
  rulesPageActions,
  trajectoryPageActions,
} from './fluids-page.actions';

const message = (error: unknown) => toApiError(error).message;

/**
 * The overview: commune totals by year and month, by type of building, the quartier shapes and figures; for staff,
 * also the buildings of the year and the alerts (the public never asks for them). A newer request wins.
 */
export const loadOverview = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(FluidsApi),
    quartiersApi = inject(QuartiersApi),
    kpisApi = inject(KpisApi),
  ) => {
    return actions$.pipe(
      ofType(fluidsPageActions.opened),
      switchMap(({ commune, year, reader }) =>
        forkJoin({
          years: api.communeYears(commune),
          kpis: kpisApi.list(commune, year, 'fluids'),
          months: api.communeMonths(commune, `${year - 1}-01`),
          types: api.typeYears(commune, year),
          buildings: reader === 'internal' ? api.buildings(commune, year) : of([]),
          alerts: reader === 'internal' ? api.alerts(commune) : of([]),
          quartiers: quartiersApi.shapes(commune),
          summaries: quartiersApi.summary(commune, year),
        }).pipe(
          map((loaded) => fluidsApiActions.overviewLoadedSuccess({ commune, year, reader, ...loaded })),
          catchError((error: unknown) => of(fluidsApiActions.overviewLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Every alert of the last 12 months, and the data-quality flags, of the commune. */
export const loadAlerts = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.opened),
      switchMap(({ commune }) =>
        forkJoin({ alerts: api.alerts(commune), quality: api.quality(commune) }).pipe(
          map(({ alerts, quality }) => fluidsApiActions.alertsLoadedSuccess({ commune, alerts, quality })),
          catchError((error: unknown) => of(fluidsApiActions.alertsLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Acknowledgements are saved one by one, in the order they were clicked. */
export const acknowledge = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(alertsPageActions.acknowledgeClicked, alertsPageActions.unacknowledgeClicked),
      concatMap((action) => {
        const saved: Observable<Action> =
          action.type === alertsPageActions.acknowledgeClicked.type
            ? api
                .acknowledge(action.commune, action.key, action.comment)
                .pipe(map((alert) => fluidsApiActions.alertAcknowledgedSuccess({ alert })))
            : api
                .unacknowledge(action.commune, action.key)
                .pipe(map(() => fluidsApiActions.alertUnacknowledgedSuccess({ key: action.key })));
        return saved.pipe(
          catchError((error: unknown) =>
            of(fluidsApiActions.acknowledgementFailure({ key: action.key, error: message(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

/** A building: identity and years, months, trajectory, its alerts and flags, and the buildings of the year. */
export const loadBuilding = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(buildingPageActions.opened),
      switchMap(({ commune, year, building }) =>
        forkJoin({
          detail: api.building(commune, building),
          months: api.buildingMonths(commune, building),
          trajectory: api.buildingTrajectory(commune, building),
          alerts: api.buildingAlerts(commune, building),
          quality: api.quality(commune, building),
          yearBuildings: api.buildings(commune, year),
        }).pipe(
          map((loaded) => fluidsApiActions.buildingLoadedSuccess({ commune, building, ...loaded })),
          catchError((error: unknown) => of(fluidsApiActions.buildingLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The commune's trajectory (public); for staff, also each building's position in the year. */
export const loadTrajectory = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(trajectoryPageActions.opened),
      switchMap(({ commune, year, reader }) =>
        forkJoin({
          communeRows: api.communeTrajectory(commune),
          rows: reader === 'internal' ? api.trajectory(commune, year) : of([]),
        }).pipe(
          map((loaded) => fluidsApiActions.trajectoryLoadedSuccess({ commune, year, reader, ...loaded })),
          catchError((error: unknown) => of(fluidsApiActions.trajectoryLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The rules, and the buildings a rule may name. */
export const loadRules = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(rulesPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({ rules: api.rules(commune), buildings: api.buildings(commune, year) }).pipe(
          map(({ rules, buildings }) => fluidsApiActions.rulesLoadedSuccess({ commune, rules, buildings })),
          catchError((error: unknown) => of(fluidsApiActions.rulesLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeRules = createEffect(
  (actions$ = inject(Actions), api = inject(FluidsApi)) => {
    return actions$.pipe(
      ofType(rulesPageActions.ruleSubmitted, rulesPageActions.ruleDeleted),
      mergeMap((action) => {
        const changed: Observable<Action> =
          action.type === rulesPageActions.ruleSubmitted.type
            ? api.createRule(action.rule).pipe(map((rule) => fluidsApiActions.ruleCreatedSuccess({ rule })))
            : api.deleteRule(action.id).pipe(map(() => fluidsApiActions.ruleDeletedSuccess({ id: action.id })));
        return changed.pipe(
          catchError((error: unknown) => of(fluidsApiActions.ruleChangeFailure({ error: message(error) }))),
        );
      }),
    );
  },
  { functional: true },
);
