import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, mergeMap, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { dataActions } from '../../../shared/ui/freshness/freshness.actions';
import { ImportsApi } from '../data-access/imports-api';
import { importsApiActions } from './imports-api.actions';
import { importsPageActions } from './imports-page.actions';

const failure = (error: unknown) => importsApiActions.loadFailure({ error: toApiError(error).message });

/** The kinds and their documented columns do not depend on the commune: read once per page opening. */
export const loadKinds = createEffect(
  (actions$ = inject(Actions), api = inject(ImportsApi)) => {
    return actions$.pipe(
      ofType(importsPageActions.opened),
      exhaustMap(() =>
        api.kinds().pipe(
          map((kinds) => importsApiActions.kindsLoaded({ kinds })),
          catchError((error: unknown) => of(failure(error))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The history of the commune, read again after each import (landed or refused) and each rollback. */
export const loadHistory = createEffect(
  (actions$ = inject(Actions), api = inject(ImportsApi)) => {
    return actions$.pipe(
      ofType(importsPageActions.opened, importsApiActions.fileImported, importsApiActions.rollbackSuccess),
      map((action) => ('report' in action ? action.report.commune : action.commune)),
      switchMap((commune) =>
        api.history(commune).pipe(
          map((history) => importsApiActions.historyLoaded({ commune, history })),
          catchError((error: unknown) => of(failure(error))),
        ),
      ),
    );
  },
  { functional: true },
);

export const checkFile = createEffect(
  (actions$ = inject(Actions), api = inject(ImportsApi)) => {
    return actions$.pipe(
      ofType(importsPageActions.checkRequested),
      switchMap(({ kind, commune, files, siteKind }) =>
        api.upload(kind, commune, files, true, siteKind).pipe(
          map((report) => importsApiActions.fileChecked({ report })),
          catchError((error: unknown) => of(importsApiActions.uploadFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const importFile = createEffect(
  (actions$ = inject(Actions), api = inject(ImportsApi)) => {
    return actions$.pipe(
      ofType(importsPageActions.importConfirmed),
      exhaustMap(({ kind, commune, files, siteKind }) =>
        api.upload(kind, commune, files, false, siteKind).pipe(
          map((report) => importsApiActions.fileImported({ report })),
          catchError((error: unknown) => of(importsApiActions.uploadFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const rollback = createEffect(
  (actions$ = inject(Actions), api = inject(ImportsApi)) => {
    return actions$.pipe(
      ofType(importsPageActions.rollbackConfirmed),
      mergeMap(({ id, commune }) =>
        api.rollback(id).pipe(
          map((result) => importsApiActions.rollbackSuccess({ result, commune })),
          catchError((error: unknown) =>
            of(importsApiActions.rollbackFailure({ id, error: toApiError(error).message })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Data landed or were taken back: the freshness badge reads its dates again. */
export const announceDataChange = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(importsApiActions.fileImported, importsApiActions.rollbackSuccess),
      filter((action) => !('report' in action) || action.report.status === 'landed'),
      map((action) =>
        dataActions.changed({
          commune: 'report' in action ? action.report.commune : action.commune,
        }),
      ),
    );
  },
  { functional: true },
);
