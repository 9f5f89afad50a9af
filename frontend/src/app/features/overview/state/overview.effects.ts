import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { OverviewApi } from '../data-access/overview-api';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';

/** The years of key figures: fetched alone, so that they are painted as soon as they arrive; a newer request wins. */
export const loadOverview = createEffect(
  (actions$ = inject(Actions), overviewApi = inject(OverviewApi)) =>
    actions$.pipe(
      ofType(overviewPageActions.opened),
      switchMap(({ commune, year }) =>
        overviewApi.byYear(commune).pipe(
          map((rows) => overviewApiActions.loadedSuccess({ commune, year, rows })),
          catchError((error: unknown) => of(overviewApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    ),
  { functional: true },
);

/** The quartier shapes and figures of the map, fetched beside the key figures; a newer request wins. */
export const loadQuartiers = createEffect(
  (actions$ = inject(Actions), quartiersApi = inject(QuartiersApi)) =>
    actions$.pipe(
      ofType(overviewPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({
          quartiers: quartiersApi.shapes(commune),
          summaries: quartiersApi.summary(commune, year),
        }).pipe(
          map((loaded) => overviewApiActions.quartiersLoadedSuccess({ commune, year, ...loaded })),
          catchError((error: unknown) => of(overviewApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    ),
  { functional: true },
);
