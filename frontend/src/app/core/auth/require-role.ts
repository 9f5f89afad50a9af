import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map, take } from 'rxjs';
import { authFeature } from './auth.feature';
import { hasRole, Role } from './session-user';

/**
 * Route guard: waits for the session to be known, then lets in users with one of the roles. Anyone else goes to
 * the sign-in page, which says why (not signed in, or a role that does not open this page) and brings them back.
 * The API checks the same roles on every request: this guard only spares people a page of errors.
 */
export function requireRole(...roles: readonly Role[]): CanActivateFn {
  return (_route, state) => {
    const store = inject(Store);
    const router = inject(Router);
    return store.select(authFeature.selectAuthState).pipe(
      filter((auth) => auth.sessionStatus === 'known' || auth.sessionStatus === 'error'),
      take(1),
      map(({ user }) =>
        hasRole(user, roles)
          ? true
          : router.createUrlTree(['/login'], {
              queryParams: { returnUrl: state.url, reason: user ? 'forbidden' : 'signin' },
            }),
      ),
    );
  };
}
