import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { AuditEntry } from '../data-access/audit-entry';
import { auditLogApiActions } from './audit-log-api.actions';
import { importsPageActions } from './imports-page.actions';

/** The latest entries of the commune's audit log (read by admins only; stays idle for the other roles). */
export interface AuditLogState {
  commune: string | null;
  entries: readonly AuditEntry[];
  status: LoadStatus;
  error: string | null;
}

export const initialAuditLogState: AuditLogState = {
  commune: null,
  entries: [],
  status: 'idle',
  error: null,
};

export const auditLogFeature = createFeature({
  name: 'auditLog',
  reducer: createReducer(
    initialAuditLogState,
    on(importsPageActions.opened, importsPageActions.auditLogRetried, (state, { commune }): AuditLogState => ({
      ...state,
      commune,
      status: 'loading',
      error: null,
      entries: commune === state.commune ? state.entries : [],
    })),
    on(auditLogApiActions.loaded, (state, { commune, entries }): AuditLogState =>
      commune === state.commune ? { ...state, entries, status: 'loaded' } : state,
    ),
    on(auditLogApiActions.loadFailure, (state, { commune, error }): AuditLogState =>
      commune === state.commune ? { ...state, status: 'error', error } : state,
    ),
  ),
});
