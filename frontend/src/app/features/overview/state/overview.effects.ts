import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { OverviewApi } from '../data-access/overview-api';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';

/** The key figures (the catalogue's rows of the year) and the years of the sparklines: fetched apart from the map, so that they are painted as soon as they arrive; a newer request wins. */
export const loadOverview = createEffect(
  (actions$ = inject(Actions), overviewApi = inject(OverviewApi), kpisApi = inject(KpisApi)) => {
    return actions$.pipe(
      ofType(overviewPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({ rows: overviewApi.byYear(commune), kpis: kpisApi.list(commune, year) }).pipe(
          map(({ rows, kpis }) => overviewApiActions.loadedSuccess({ commune, year, rows, kpis })),
          catchError((error: unknown) => of(overviewApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The quartier shapes and figures of the map, fetched beside the key figures; a newer request wins. */
export const loadQuartiers = createEffect(
  (actions$ = inject(Actions), quartiersApi = inject(QuartiersApi)) => {
    return actions$.pipe(
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
    );
  },
  { functional: true },
);
