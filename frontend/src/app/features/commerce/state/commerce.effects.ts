import { KpisApi } from '../../../shared/kpis/kpis-api';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, forkJoin, map, Observable, of, switchMap, take, throwError, withLatestFrom } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { CommunesApi } from '../../../core/context/communes-api';
import { toApiError } from '../../../core/http/api-error';
import { communeOutlines } from '../../../shared/quartiers/commune-outlines';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { CommerceApi } from '../data-access/commerce-api';
import { CountsApi } from '../data-access/counts-api';
import { commerceApiActions } from './commerce-api.actions';
import { DEFAULT_WINDOW_DAYS } from './commerce-choices';
import { commercePageActions, flowsPageActions, impactPageActions, streetPageActions } from './commerce-page.actions';
import { commerceFeature } from './commerce.feature';
import { defaultIntervention } from './impact-choice';

const message = (error: unknown) => toApiError(error).message;

/** A commune without counts answers 404 on the counts endpoints: its vacancy pages still show, without footfall. */
const orEmpty = <T>(source: Observable<T[]>): Observable<T[]> => source.pipe(catchError(() => of([] as T[])));

/** Internal data the page can do without: null when the reader is not signed in or not allowed. */
const unlessReserved = <T>(source: Observable<T>): Observable<T | null> =>
  source.pipe(
    catchError((error: unknown) => {
      const status = toApiError(error).status;
      return status === 401 || status === 403 ? of(null) : throwError(() => error);
    }),
  );

/** The month of the streets ranking: December of a past year, the latest month for the year in progress. */
const rankingMonth = (date: string): string | undefined => (date.endsWith('-12-31') ? date.slice(0, 7) : undefined);

/**
 * Vacancy overview: commune figures, streets with footfall, months, quartiers, premises (internal: asked only for
 * staff, once the session is known), sites; a newer request wins.
 */
export const loadVacancy = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(CommerceApi),
    counts = inject(CountsApi),
    quartiersApi = inject(QuartiersApi),
    store = inject(Store),
    kpisApi = inject(KpisApi),
  ) => {
    return actions$.pipe(
      ofType(commercePageActions.opened),
      switchMap((opened) =>
        store.select(authFeature.selectReader).pipe(
          filter((reader) => reader !== null),
          take(1),
          map((reader) => ({ ...opened, reader })),
        ),
      ),
      switchMap(({ commune, year, date, reader }) =>
        forkJoin({
          overview: api.overview(commune, date),
          streets: api.streets(commune, rankingMonth(date)),
          monthly: api.monthly(commune, 'commune'),
          quartierVacancy: api.vacancy(commune, date, 'quartier'),
          quartiers: quartiersApi.shapes(commune),
          // premises one by one are internal: the public map shows the areas and counters without them
          premises:
            reader === 'internal'
              ? unlessReserved(api.premises(commune, date)).pipe(map((rows) => rows ?? []))
              : of([]),
          sites: orEmpty(counts.sites(commune, `${year}-01-01`, date)),
          mix: api.activityMix(commune, date, 'commune'),
          durations: api.durations(commune, 'commune'),
          kpis: kpisApi.list(commune, year, 'commerce'),
        }).pipe(
          map((loaded) => commerceApiActions.vacancyLoadedSuccess({ commune, year, date, ...loaded })),
          catchError((error: unknown) => of(commerceApiActions.vacancyLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * One street: vacancy and footfall month by month, its premises' timeline (internal: asked only once the session
 * says the reader is staff, so a citizen's visit logs no refusal), durations, mix and interventions.
 */
export const loadStreet = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(CommerceApi),
    counts = inject(CountsApi),
    store = inject(Store),
    kpisApi = inject(KpisApi),
  ) => {
    return actions$.pipe(
      ofType(streetPageActions.opened),
      switchMap(({ commune, year, date, street }) =>
        store.select(authFeature.selectReader).pipe(
          filter((reader) => reader !== null),
          take(1),
          map((reader) => ({ commune, year, date, street, reader })),
        ),
      ),
      switchMap(({ commune, year, date, street, reader }) =>
        forkJoin({
          history: api.streetHistory(commune, street),
          timeline: reader === 'internal' ? unlessReserved(api.streetTimeline(commune, street)) : of(null),
          premises: reader === 'internal' ? unlessReserved(api.premises(commune, date, street)) : of(null),
          durations: api.durations(commune, 'street', street),
          mix: api.activityMix(commune, date, 'street', street),
          interventions: orEmpty(counts.interventions(commune)),
          kpis: kpisApi.list(commune, year, 'flows'),
        }).pipe(
          map((loaded) => commerceApiActions.streetLoadedSuccess({ commune, date, street, ...loaded })),
          catchError((error: unknown) => of(commerceApiActions.streetLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Flows: sites with completeness over the year, monthly flows per zone since the start, the year against the last,
 * and the outlines of the commune and its quartiers under the counters of the map.
 */
export const loadFlows = createEffect(
  (
    actions$ = inject(Actions),
    counts = inject(CountsApi),
    quartiersApi = inject(QuartiersApi),
    communesApi = inject(CommunesApi),
  ) => {
    return actions$.pipe(
      ofType(flowsPageActions.opened),
      switchMap(({ commune, year, from, to }) =>
        forkJoin({
          outlines: forkJoin({
            contour: communesApi.withContour(commune),
            quartiers: quartiersApi.shapes(commune),
          }).pipe(map(({ contour, quartiers }) => communeOutlines(contour, quartiers))),
          sites: counts.sites(commune, from, to),
          months: counts.periods(commune, 'month', { level: 'zone', kind: 'pedestrian' }, '2010-01-01', to),
        }).pipe(
          map((loaded) => commerceApiActions.flowsLoadedSuccess({ commune, year, from, to, ...loaded })),
          catchError((error: unknown) => of(commerceApiActions.flowsLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * The hour x weekday profile, the daily series and the year against the last follow the zone and kind chosen,
 * once the page's data are in.
 */
export const loadDetail = createEffect(
  (actions$ = inject(Actions), store = inject(Store), counts = inject(CountsApi)) => {
    return actions$.pipe(
      ofType(commerceApiActions.flowsLoadedSuccess, flowsPageActions.zoneSelected, flowsPageActions.kindSelected),
      withLatestFrom(store.select(commerceFeature.selectFlows)),
      filter(([, flows]) => flows.data !== null),
      switchMap(([, flows]) => {
        const { commune, year, from, to } = flows.data!;
        const area = flows.zone
          ? { level: 'zone' as const, kind: flows.kind, zone: flows.zone }
          : { level: 'commune' as const, kind: flows.kind };
        return forkJoin({
          profile: orEmpty(counts.profile(commune, year, area)),
          daily: counts.daily(commune, area, from, to),
          yearOnYear: counts.yearOnYear(commune, from, to, flows.kind),
        }).pipe(
          map((loaded) => commerceApiActions.detailLoadedSuccess(loaded)),
          catchError((error: unknown) => of(commerceApiActions.detailLoadedFailure({ error: message(error) }))),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * The interventions and counting sites of the commune; the intervention named in the URL, or the latest works, is
 * analysed straight away.
 */
export const loadInterventions = createEffect(
  (actions$ = inject(Actions), counts = inject(CountsApi)) => {
    return actions$.pipe(
      ofType(impactPageActions.opened),
      switchMap(({ commune, intervention }) =>
        forkJoin({
          interventions: counts.interventions(commune),
          sites: orEmpty(counts.sites(commune)),
        }).pipe(
          map(({ interventions, sites }) =>
            commerceApiActions.interventionsLoadedSuccess({
              commune,
              interventions,
              sites,
              selected: defaultIntervention(interventions, intervention),
            }),
          ),
          catchError((error: unknown) => of(commerceApiActions.interventionsLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const analyseDefault = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(commerceApiActions.interventionsLoadedSuccess),
      filter(({ selected }) => selected !== null),
      map(({ commune, selected }) =>
        impactPageActions.analysisRequested({
          commune,
          request: { intervention: selected!, window: DEFAULT_WINDOW_DAYS },
        }),
      ),
    );
  },
  { functional: true },
);

export const loadImpact = createEffect(
  (actions$ = inject(Actions), counts = inject(CountsApi)) => {
    return actions$.pipe(
      ofType(impactPageActions.analysisRequested),
      switchMap(({ commune, request }) =>
        counts.impact(commune, request).pipe(
          map((result) => commerceApiActions.impactLoadedSuccess({ result })),
          catchError((error: unknown) => of(commerceApiActions.impactLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
