import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { quartiersApiActions } from './quartiers-api.actions';
import { quartiersPageActions } from './quartiers-page.actions';

export const loadQuartiers = createEffect(
  (actions$ = inject(Actions), api = inject(QuartiersApi)) => {
    return actions$.pipe(
      ofType(quartiersPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({ quartiers: api.shapes(commune), summaries: api.summary(commune, year) }).pipe(
          map((loaded) => quartiersApiActions.loadedSuccess({ commune, ...loaded })),
          catchError((error: unknown) => of(quartiersApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);
