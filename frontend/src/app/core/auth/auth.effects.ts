import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { shellActions } from '../context/shell.actions';
import { toApiError } from '../http/api-error';
import { AuthApi } from './auth-api';
import { authApiActions } from './auth-api.actions';
import { loginFailureOf } from './login-failure';
import { loginPageActions } from './login-page.actions';
import { safeReturnUrl } from './return-url';
import { userMenuActions } from './user-menu.actions';

/** Who is signed in, asked once when the application opens. */
export const loadSession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(shellActions.opened),
      switchMap(() =>
        api.me().pipe(
          map((user) => authApiActions.sessionLoaded({ user })),
          catchError((error: unknown) => of(authApiActions.sessionFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const login = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(loginPageActions.submitted),
      exhaustMap(({ email, password, returnUrl }) =>
        api.login(email, password).pipe(
          map((user) => authApiActions.loginSuccess({ user, returnUrl: safeReturnUrl(returnUrl) })),
          catchError((error: unknown) =>
            of(authApiActions.loginFailure({ failure: loginFailureOf(toApiError(error)) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Back to the page that asked for a sign-in. */
export const openReturnUrl = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(authApiActions.loginSuccess),
      tap(({ returnUrl }) => void router.navigateByUrl(returnUrl)),
    );
  },
  { functional: true, dispatch: false },
);

export const logout = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(userMenuActions.signOutClicked),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => authApiActions.logoutSuccess()),
          catchError((error: unknown) => of(authApiActions.logoutFailure({ error: toApiError(error).message }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Signed out, the person lands on the public overview (internal pages would only refuse them). */
export const leaveAfterLogout = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(authApiActions.logoutSuccess),
      tap(() => void router.navigate(['/overview'], { queryParamsHandling: 'preserve' })),
    );
  },
  { functional: true, dispatch: false },
);
