import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, filter, map, mergeMap, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { CommentsApi } from '../../../shared/ui/comments/comments-api';
import { yearPeriod } from '../../../shared/ui/comments/figure-comment';
import { BriefApi } from '../data-access/brief-api';
import { accountsRow } from './accounts-year';
import { briefApiActions } from './brief-api.actions';
import { briefPageActions } from './brief-page.actions';

const message = (error: unknown) => toApiError(error).message;

/** The public figures of the commune; a newer request (another commune or year) wins. */
export const loadBrief = createEffect(
  (actions$ = inject(Actions), api = inject(BriefApi)) =>
    actions$.pipe(
      ofType(briefPageActions.opened),
      switchMap(({ commune, year }) =>
        api.load(commune, year).pipe(
          map((data) => briefApiActions.loadedSuccess({ commune, year, data })),
          catchError((error: unknown) =>
            of(briefApiActions.loadedFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Partner communes are compared on the accounts year the brief's ratios come from. */
export const loadPartners = createEffect(
  (actions$ = inject(Actions), api = inject(BriefApi)) =>
    actions$.pipe(
      ofType(briefPageActions.opened),
      switchMap(({ communes, detailed, year }) =>
        actions$.pipe(
          ofType(briefApiActions.loadedSuccess),
          map(({ data }) => accountsRow(data.health, year)?.year ?? year),
          switchMap((accountsYear) =>
            api.partners(communes, detailed, accountsYear).pipe(
              map((partners) => briefApiActions.partnersLoaded({ year: accountsYear, partners })),
              catchError((error: unknown) =>
                of(briefApiActions.partnersFailure({ error: message(error) })),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Internal parts, for staff only: the public never calls an internal endpoint. */
export const loadAlerts = createEffect(
  (actions$ = inject(Actions), api = inject(BriefApi)) =>
    actions$.pipe(
      ofType(briefPageActions.opened),
      filter(({ staff }) => staff),
      switchMap(({ commune }) =>
        api.openAlerts(commune).pipe(
          map((alerts) => briefApiActions.alertsLoaded({ alerts })),
          catchError((error: unknown) =>
            of(briefApiActions.alertsFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Programmes, vacancy and footfall alerts: internal too, for staff only; their failure blanks nothing else. */
export const loadFamilyAlerts = createEffect(
  (actions$ = inject(Actions), api = inject(BriefApi)) =>
    actions$.pipe(
      ofType(briefPageActions.opened),
      filter(({ staff }) => staff),
      switchMap(({ commune }) =>
        api.openFamilyAlerts(commune).pipe(
          map((alerts) => briefApiActions.familyAlertsLoaded({ alerts })),
          catchError((error: unknown) =>
            of(briefApiActions.familyAlertsFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const loadComments = createEffect(
  (actions$ = inject(Actions), api = inject(CommentsApi)) =>
    actions$.pipe(
      ofType(briefPageActions.opened),
      filter(({ staff }) => staff),
      switchMap(({ commune, year }) =>
        api.list(commune, yearPeriod(year)).pipe(
          map((comments) => briefApiActions.commentsLoaded({ comments })),
          catchError((error: unknown) =>
            of(briefApiActions.commentsFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const addComment = createEffect(
  (actions$ = inject(Actions), api = inject(CommentsApi)) =>
    actions$.pipe(
      ofType(briefPageActions.commentSubmitted),
      mergeMap(({ comment }) =>
        api.add(comment).pipe(
          map((created) => briefApiActions.commentAdded({ comment: created })),
          catchError((error: unknown) =>
            of(briefApiActions.commentFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const removeComment = createEffect(
  (actions$ = inject(Actions), api = inject(CommentsApi)) =>
    actions$.pipe(
      ofType(briefPageActions.commentRemoved),
      mergeMap(({ id }) =>
        api.remove(id).pipe(
          map(() => briefApiActions.commentDeleted({ id })),
          catchError((error: unknown) =>
            of(briefApiActions.commentFailure({ error: message(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
