import { ApplicationRef, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  delayWhen,
  distinctUntilChanged,
  filter,
  from,
  map,
  merge,
  of,
  race,
  switchMap,
  take,
  timer,
} from 'rxjs';
import { contextFeature } from '../../../core/context/context.feature';
import { toApiError } from '../../../core/http/api-error';
import { FreshnessApi } from './freshness-api';
import { dataActions, freshnessApiActions } from './freshness.actions';

/**
 * Reads the freshness of the commune in view: when it changes, and after data were written for it. The first
 * reading waits until the first page has its data (the application is stable; at most 3 s): the page's key
 * figures come first, and the server answers them alone.
 */
export const loadFreshness = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(FreshnessApi), appRef = inject(ApplicationRef)) => {
    const pageReady$ = race(from(appRef.whenStable()), timer(3000)).pipe(take(1));
    const communeInView$ = store.select(contextFeature.selectCommune).pipe(
      filter((commune): commune is string => commune !== null),
      distinctUntilChanged(),
      delayWhen(() => pageReady$),
    );
    const written$ = actions$.pipe(
      ofType(dataActions.changed),
      map(({ commune }) => commune),
    );
    return merge(communeInView$, written$).pipe(
      switchMap((commune) =>
        api.forCommune(commune).pipe(
          map((rows) => freshnessApiActions.loadedSuccess({ commune, rows })),
          catchError((error: unknown) =>
            of(freshnessApiActions.loadedFailure({ commune, error: toApiError(error).message })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
