import type { Knex } from 'knex';

export interface AuditFilter {
  /** One commune's entries; without it every entry, those with no commune (accounts, failed logins) included. */
  commune?: string;
  /** An action name or its dotted prefix: `alert` matches `alert.threshold` and `alert.acknowledge`. */
  action?: string;
  actor?: string;
  /** Calendar days in Europe/Paris, both included. */
  from?: string;
  to?: string;
  limit: number;
}

const columns = ['id', 'at', 'actor', 'action', 'commune_insee', 'target', 'details'];
const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** Who did what, newest first. */
export function listEntries(db: Knex, filter: AuditFilter) {
  const query = db('audit_log')
    .select(columns)
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit);
  if (filter.commune) query.where({ commune_insee: filter.commune });
  if (filter.action) {
    const action = filter.action;
    query.where((q) => q.where('action', action).orWhereLike('action', `${escapeLike(action)}.%`));
  }
  if (filter.actor) query.whereRaw('lower(actor) = lower(?)', [filter.actor]);
  if (filter.from) query.whereRaw("at >= cast(? as date)::timestamp at time zone 'Europe/Paris'", [filter.from]);
  if (filter.to) query.whereRaw("at < (cast(? as date) + 1)::timestamp at time zone 'Europe/Paris'", [filter.to]);
  return query;
}
