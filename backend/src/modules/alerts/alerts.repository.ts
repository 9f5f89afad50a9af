import type { Knex } from 'knex';
import type { AlertKind, ListQuery } from './alerts.schemas';

/** The columns of analytics.kpi_alerts, the contract of GET /alerts. */
const alertColumns = [
  'commune_insee',
  'alert_key',
  'family',
  'kind',
  'subject_id',
  'subject_label',
  'quartier',
  'street',
  'first_month',
  'last_month',
  'value',
  'unit',
  'threshold_value',
  'reference_value',
  'current_value',
  'estimated_cost_eur',
  'severity',
  'status',
  'acknowledged_by',
  'acknowledged_at',
  'comment',
];

const thresholdColumns = ['kind', 'family', 'threshold_value', 'default_value', 'unit', 'updated_by', 'updated_at'];

export interface AlertRow {
  commune_insee: string;
  alert_key: string;
  family: string;
  kind: AlertKind;
  value: number;
  threshold_value: number;
  [column: string]: unknown;
}

export interface ThresholdRow {
  kind: AlertKind;
  family: string;
  threshold_value: number;
  default_value: number;
  unit: string;
  updated_by: string | null;
  updated_at: Date | null;
}

/** High severity first, then the costliest, then the largest value. */
export function list(db: Knex, filter: ListQuery): Promise<AlertRow[]> {
  const query = db('analytics.kpi_alerts')
    .select(alertColumns)
    .where({ commune_insee: filter.commune })
    .orderByRaw(
      "case severity when 'high' then 0 else 1 end, estimated_cost_eur desc nulls last, value desc, alert_key",
    )
    .limit(filter.limit);
  if (filter.family) query.where({ family: filter.family });
  if (filter.status !== 'all') query.where({ status: filter.status });
  return query;
}

export function find(db: Knex | Knex.Transaction, commune: string, alertKey: string): Promise<AlertRow | undefined> {
  return db('analytics.kpi_alerts').where({ commune_insee: commune, alert_key: alertKey }).first(alertColumns);
}

export async function acknowledge(
  trx: Knex.Transaction,
  alert: AlertRow,
  by: string,
  comment: string | null,
): Promise<void> {
  await trx('alert_acknowledgements')
    .insert({
      commune_insee: alert.commune_insee,
      alert_key: alert.alert_key,
      family: alert.family,
      kind: alert.kind,
      comment,
      acknowledged_by: by,
      acknowledged_at: trx.fn.now(),
    })
    .onConflict(['commune_insee', 'alert_key'])
    .merge(['comment', 'acknowledged_by', 'acknowledged_at']);
}

/** Removes an acknowledgement; returns it (undefined when there was none). */
export async function unacknowledge(trx: Knex.Transaction, commune: string, alertKey: string) {
  const [removed] = await trx('alert_acknowledgements')
    .where({ commune_insee: commune, alert_key: alertKey })
    .delete()
    .returning(['family', 'kind', 'comment', 'acknowledged_by', 'acknowledged_at']);
  return removed as Record<string, unknown> | undefined;
}

/** The four thresholds in force for a commune (defaults included), in a fixed order. */
export function thresholds(db: Knex, commune: string): Promise<ThresholdRow[]> {
  return db('analytics.stg_alert_thresholds')
    .select(thresholdColumns)
    .where({ commune_insee: commune })
    .orderBy('sort_order');
}

export function threshold(
  db: Knex | Knex.Transaction,
  commune: string,
  kind: AlertKind,
): Promise<(ThresholdRow & { is_default: boolean }) | undefined> {
  return db('analytics.stg_alert_thresholds')
    .where({ commune_insee: commune, kind })
    .first([...thresholdColumns, 'is_default']);
}

export async function saveThreshold(
  trx: Knex.Transaction,
  commune: string,
  kind: AlertKind,
  value: number,
  by: string,
): Promise<void> {
  await trx('alert_thresholds')
    .insert({
      commune_insee: commune,
      kind,
      threshold_value: value,
      updated_by: by,
      updated_at: trx.fn.now(),
    })
    .onConflict(['commune_insee', 'kind'])
    .merge(['threshold_value', 'updated_by', 'updated_at']);
}

/** Back to the default: the commune's own threshold is forgotten. */
export async function resetThreshold(trx: Knex.Transaction, commune: string, kind: AlertKind): Promise<void> {
  await trx('alert_thresholds').where({ commune_insee: commune, kind }).delete();
}
