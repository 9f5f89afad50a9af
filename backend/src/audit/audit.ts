import type { Knex } from 'knex';

export interface AuditEntry {
  actor: string;
  action: string;
  commune?: string | null;
  target?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log (imports, rollbacks, threshold changes, accounts); call it inside the change's transaction. */
export async function audit(db: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  await db('audit_log').insert({
    actor: entry.actor,
    action: entry.action,
    commune_insee: entry.commune ?? null,
    target: entry.target ?? null,
    details: JSON.stringify(entry.details ?? {}),
  });
}
