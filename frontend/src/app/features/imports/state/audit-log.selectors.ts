import { createSelector } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { hasRole, Role } from '../../../core/auth/session-user';
import { contextFeature } from '../../../core/context/context.feature';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { AuditEntry } from '../data-access/audit-entry';
import { auditCsvUrl } from '../data-access/audit-api';
import { actionLabel, describeAuditDetails, describeAuditTarget } from './audit-labels';
import { auditLogFeature } from './audit-log.feature';

/** Who reads the audit log (the API refuses it to every other role). */
export const AUDIT_ROLES: readonly Role[] = ['admin'];
/** Entries shown on the page; the CSV has more. */
export const AUDIT_LOG_SIZE = 50;

export interface AuditRow {
  id: number;
  /** ISO instant, for `<time datetime>`. */
  at: string;
  /** "26/11/2026 14:05" in French, local time. */
  when: string;
  who: string;
  what: string;
  target: string;
  details: string;
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_BY_LANG[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

export function buildAuditRows(entries: readonly AuditEntry[], lang: Lang): AuditRow[] {
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    when: formatDateTime(entry.at, lang),
    who: entry.actor,
    what: actionLabel(entry.action, lang),
    target: describeAuditTarget(entry, lang),
    details: describeAuditDetails(entry, lang),
  }));
}

export const selectCanReadAuditLog = createSelector(authFeature.selectUser, (user) => hasRole(user, AUDIT_ROLES));

export const selectAuditLogViewModel = createSelector({
  visible: selectCanReadAuditLog,
  status: auditLogFeature.selectStatus,
  error: auditLogFeature.selectError,
  rows: createSelector(auditLogFeature.selectEntries, contextFeature.selectLang, buildAuditRows),
  csvUrl: createSelector(auditLogFeature.selectCommune, (commune) => (commune ? auditCsvUrl(commune) : null)),
  communeName: createSelector(contextFeature.selectCurrentCommune, (commune) => commune?.name ?? ''),
});
