import type { ApiRow } from '../../../api';

/** One line of the audit log (`GET /api/v1/audit?commune=`), newest first. */
export type AuditEntry = ApiRow<'getAudit'>;
