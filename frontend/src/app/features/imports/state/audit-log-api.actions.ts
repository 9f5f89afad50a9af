import { createActionGroup, props } from '@ngrx/store';
import { AuditEntry } from '../data-access/audit-entry';

export const auditLogApiActions = createActionGroup({
  source: 'Audit Log API',
  events: {
    Loaded: props<{ commune: string; entries: AuditEntry[] }>(),
    'Load Failure': props<{ commune: string; error: string }>(),
  },
});
