import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { BriefApi } from '../data-access/brief-api';
import { briefApiActions } from './brief-api.actions';
import { briefPageActions } from './brief-page.actions';

/** The brief's document; a newer request (another commune, year or account) wins. */
export const loadBrief = createEffect(
  (actions$ = inject(Actions), api = inject(BriefApi)) => {
    return actions$.pipe(
      ofType(briefPageActions.opened),
      switchMap(({ commune, year }) =>
        api.load(commune, year).pipe(
          map((document) => briefApiActions.loadedSuccess({ document })),
          catchError((error: unknown) => of(briefApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);
