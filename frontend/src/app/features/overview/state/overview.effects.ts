import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { OverviewApi } from '../data-access/overview-api';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';

/** Years of key figures, quartier shapes and quartier figures, fetched together; a newer request wins. */
export const loadOverview = createEffect(
  (
    actions$ = inject(Actions),
    overviewApi = inject(OverviewApi),
    quartiersApi = inject(QuartiersApi),
  ) =>
    actions$.pipe(
      ofType(overviewPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({
          rows: overviewApi.byYear(commune),
          quartiers: quartiersApi.shapes(commune),
          summaries: quartiersApi.summary(commune, year),
        }).pipe(
          map((loaded) => overviewApiActions.loadedSuccess({ commune, year, ...loaded })),
          catchError((error: unknown) =>
            of(overviewApiActions.loadedFailure({ error: toApiError(error).message })),
          ),
        ),
      ),
    ),
  { functional: true },
);
