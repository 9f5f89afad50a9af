import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { AuditApi } from '../data-access/audit-api';
import { auditLogApiActions } from './audit-log-api.actions';
import { AUDIT_LOG_SIZE, selectCanReadAuditLog } from './audit-log.selectors';
import { importsApiActions } from './imports-api.actions';
import { importsPageActions } from './imports-page.actions';

/**
 * The commune's latest audit entries, for admins only (the other roles never call the endpoint), read again after
 * each import and rollback, which write to the log.
 */
export const loadAuditLog = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(
        importsPageActions.opened,
        importsPageActions.auditLogRetried,
        importsApiActions.fileImported,
        importsApiActions.rollbackSuccess,
      ),
      map((action) => ('report' in action ? action.report.commune : action.commune)),
      withLatestFrom(store.select(selectCanReadAuditLog)),
      filter(([, canRead]) => canRead),
      switchMap(([commune]) =>
        api.latest(commune, AUDIT_LOG_SIZE).pipe(
          map((entries) => auditLogApiActions.loaded({ commune, entries })),
          catchError((error: unknown) =>
            of(auditLogApiActions.loadFailure({ commune, error: toApiError(error).message })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
