import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { ApiError } from '../http/api-error';
import { authInterceptorActions } from './auth-interceptor.actions';

/** Requests whose 401 means "wrong password", not "no session". */
const SIGN_IN_URL = '/api/v1/auth/login';

/**
 * A 401 from the API means the session is missing or expired: the store hears it, and the shell offers to sign in
 * and come back to the page. The error itself goes on to the caller unchanged.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const status = error instanceof HttpErrorResponse || error instanceof ApiError ? error.status : 0;
      if (status === 401 && !request.url.startsWith(SIGN_IN_URL)) {
        store.dispatch(authInterceptorActions.unauthenticatedResponse({ url: router.url }));
      }
      return throwError(() => error);
    }),
  );
};
