import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { PresentationApi } from '../data-access/presentation-api';
import { presentationApiActions } from './presentation-api.actions';
import { presentationPageActions } from './presentation-page.actions';

export const loadPresentation = createEffect(
  (actions$ = inject(Actions), api = inject(PresentationApi)) => {
    return actions$.pipe(
      ofType(presentationPageActions.opened),
      switchMap(({ commune, year }) =>
        api.load(commune, year).pipe(
          map((data) => presentationApiActions.loadedSuccess({ commune, year, data })),
          catchError((error: unknown) =>
            of(presentationApiActions.loadedFailure({ error: toApiError(error).message })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
