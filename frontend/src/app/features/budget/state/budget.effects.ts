import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, filter, forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { BudgetApi } from '../data-access/budget-api';
import { budgetApiActions } from './budget-api.actions';
import { budgetPageActions } from './budget-page.actions';
import { accountsRow } from './build-budget-kpis';
import { partnersPageActions } from './partners-page.actions';
import { placesPageActions } from './places-page.actions';
import { programmesPageActions } from './programmes-page.actions';

const message = (error: unknown) => toApiError(error).message;

/**
 * Ratios of six years, documents and the year's execution at four levels, fetched together; then the KPI catalogue's
 * budget rows of the accounts year (the year's CA, else the latest before it): what the cards show.
 */
export const loadOverview = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi), kpisApi = inject(KpisApi)) => {
    return actions$.pipe(
      ofType(budgetPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({
          health: api.health(commune, year),
          documents: api.documents(commune),
          sections: api.execution({ commune, year, level: 'section' }),
          chapters: api.execution({ commune, year, level: 'chapter' }),
          functions: api.execution({ commune, year, level: 'function' }),
          subfunctions: api.execution({ commune, year, level: 'subfunction' }),
        }).pipe(
          switchMap((loaded) => {
            const accounts = accountsRow(loaded.health, year);
            const kpis: Observable<KpiRow[]> = accounts ? kpisApi.list(commune, accounts.year, 'budget') : of([]);
            return kpis.pipe(map((rows) => ({ ...loaded, kpis: rows })));
          }),
          map(({ sections, chapters, functions, subfunctions, ...rest }) =>
            budgetApiActions.overviewLoadedSuccess({
              commune,
              year,
              ...rest,
              execution: [...sections, ...chapters, ...functions, ...subfunctions],
            }),
          ),
          catchError((error: unknown) => of(budgetApiActions.overviewLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The commune's budgets, for the budget selector (a commune without annexes shows none). */
export const loadBudgets = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi)) => {
    return actions$.pipe(
      ofType(budgetPageActions.opened),
      switchMap(({ commune }) =>
        api.budgets(commune).pipe(
          map((budgets) => budgetApiActions.budgetsLoaded({ commune, budgets })),
          catchError(() => of(budgetApiActions.budgetsLoaded({ commune, budgets: [] }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Six years of ratios of the budget chosen: principal, an annexe, or consolidated (`budget=`). */
export const loadBudgetHealth = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi)) => {
    return actions$.pipe(
      ofType(budgetPageActions.budgetSelected),
      switchMap(({ commune, year, budget }) =>
        api.health(commune, year, budget).pipe(
          map((health) => budgetApiActions.healthLoadedSuccess({ budget, health })),
          catchError((error: unknown) => of(budgetApiActions.healthLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** One step of the drill-down: the chapters of a function, the articles of a chapter, the lines of an article. */
export const loadDrill = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi)) => {
    return actions$.pipe(
      ofType(budgetPageActions.functionOpened, budgetPageActions.chapterOpened, budgetPageActions.articleOpened),
      switchMap((action) => {
        const { commune, year, fn } = action;
        const request =
          action.type === budgetPageActions.articleOpened.type
            ? api
                .lines({
                  commune,
                  year,
                  function: fn,
                  chapter: action.chapter,
                  account: action.account,
                })
                .pipe(map((lines) => budgetApiActions.drillLoadedSuccess({ depth: 3, rows: [], lines })))
            : action.type === budgetPageActions.chapterOpened.type
              ? api
                  .execution({
                    commune,
                    year,
                    level: 'article',
                    function: fn,
                    chapter: action.chapter,
                  })
                  .pipe(map((rows) => budgetApiActions.drillLoadedSuccess({ depth: 2, rows, lines: [] })))
              : api
                  .execution({ commune, year, level: 'function_chapter', function: fn })
                  .pipe(map((rows) => budgetApiActions.drillLoadedSuccess({ depth: 1, rows, lines: [] })));
        return request.pipe(
          catchError((error: unknown) => of(budgetApiActions.drillLoadedFailure({ error: message(error) }))),
        );
      }),
    );
  },
  { functional: true },
);

export const loadProgrammes = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi), quartiersApi = inject(QuartiersApi)) => {
    return actions$.pipe(
      ofType(programmesPageActions.opened),
      switchMap(({ commune }) =>
        forkJoin({
          programmes: api.programmes(commune),
          quartiers: quartiersApi.shapes(commune),
        }).pipe(
          map((loaded) => budgetApiActions.programmesLoadedSuccess({ commune, ...loaded })),
          catchError((error: unknown) => of(budgetApiActions.programmesLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Investment per quartier of the year, what each programme spent that year (the map's dots: the same period as
 * its colours), the programmes (their places) and the quartier shapes.
 */
export const loadPlaces = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi), quartiersApi = inject(QuartiersApi)) => {
    return actions$.pipe(
      ofType(placesPageActions.opened),
      switchMap(({ commune, year }) =>
        forkJoin({
          places: api.investment(commune, year),
          programmes: api.programmes(commune),
          yearOperations: api.operations(commune, year),
          quartiers: quartiersApi.shapes(commune),
        }).pipe(
          map((loaded) => budgetApiActions.placesLoadedSuccess({ commune, year, ...loaded })),
          catchError((error: unknown) => of(budgetApiActions.placesLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The operations of the quartier picked on the map. */
export const loadOperations = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi)) => {
    return actions$.pipe(
      ofType(placesPageActions.quartierSelected),
      filter(({ quartierId }) => quartierId !== null),
      switchMap(({ commune, year, quartierId }) =>
        api.operations(commune, year, quartierId!).pipe(
          map((operations) => budgetApiActions.operationsLoadedSuccess({ operations })),
          catchError((error: unknown) => of(budgetApiActions.operationsLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadPartners = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetApi)) => {
    return actions$.pipe(
      ofType(partnersPageActions.opened, partnersPageActions.axisChanged),
      switchMap(({ year, axis }) =>
        forkJoin({ comparison: api.comparison(year), structure: api.structure(year, axis) }).pipe(
          map((loaded) => budgetApiActions.partnersLoadedSuccess({ year, ...loaded })),
          catchError((error: unknown) => of(budgetApiActions.partnersLoadedFailure({ error: message(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
