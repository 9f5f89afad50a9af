import { inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, tap, withLatestFrom } from 'rxjs';
import { toApiError } from '../http/api-error';
import { LanguageStorage } from '../i18n/language-storage';
import { Translator } from '../i18n/translator';
import { communesApiActions } from './communes-api.actions';
import { CommunesApi } from './communes-api';
import { contextFeature } from './context.feature';
import { readContextParams, sameContextParams } from './context-params';
import { contextUrlActions } from './context-url.actions';
import { preferencesActions } from './preferences.actions';
import { shellActions } from './shell.actions';

export const loadCommunes = createEffect(
  (actions$ = inject(Actions), api = inject(CommunesApi)) => {
    return actions$.pipe(
      ofType(shellActions.opened),
      exhaustMap(() =>
        api.list().pipe(
          map((communes) => communesApiActions.loadedSuccess({ communes })),
          catchError((error: unknown) => of(communesApiActions.loadedFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** After every navigation, the URL's commune and year become the context (a shared link opens the same view). */
export const readContextFromUrl = createEffect(
  (router = inject(Router)) => {
    return router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => contextUrlActions.paramsRead(readContextParams(router.routerState.snapshot.root.queryParamMap))),
    );
  },
  { functional: true },
);

/**
 * Keeps `?commune=…&year=…` in step with the context. A choice in the header adds a history entry;
 * a default filled in or a bad value corrected replaces the current one.
 */
export const writeContextToUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(
        shellActions.communeSelected,
        shellActions.yearSelected,
        communesApiActions.loadedSuccess,
        contextUrlActions.paramsRead,
      ),
      filter(() => router.navigated),
      withLatestFrom(store.select(contextFeature.selectUrlParams)),
      filter(
        ([, params]) =>
          params.commune !== null && !sameContextParams(router.routerState.snapshot.root.queryParamMap, params),
      ),
      tap(([action, params]) => {
        const chosen =
          action.type === shellActions.communeSelected.type || action.type === shellActions.yearSelected.type;
        void router.navigate([], {
          queryParams: params,
          queryParamsHandling: 'merge',
          replaceUrl: !chosen,
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const restoreLanguage = createEffect(
  (actions$ = inject(Actions), storage = inject(LanguageStorage)) => {
    return actions$.pipe(
      ofType(shellActions.opened),
      map(() => storage.read()),
      filter((lang) => lang !== null),
      map((lang) => preferencesActions.languageRestored({ lang })),
    );
  },
  { functional: true },
);

export const applyLanguage = createEffect(
  (actions$ = inject(Actions), translator = inject(Translator), storage = inject(LanguageStorage)) => {
    return actions$.pipe(
      ofType(shellActions.languageSelected, preferencesActions.languageRestored),
      tap(({ lang, type }) => {
        translator.use(lang);
        if (type === shellActions.languageSelected.type) storage.write(lang);
      }),
    );
  },
  { functional: true, dispatch: false },
);
