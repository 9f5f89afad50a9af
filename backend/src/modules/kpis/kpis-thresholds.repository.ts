import type { Knex } from 'knex';
import type { JudgedIndicator, KpiThresholdRow } from './kpis.schemas';

const columns = [
  'indicator',
  'judged_on',
  'direction',
  'watch_value',
  'alert_value',
  'unit',
  'source',
  'source_note',
  'updated_by',
  'updated_at',
];

/** The levels in force for the catalogue's judged indicators of a commune (analytics.stg_kpi_thresholds). */
export function thresholds(db: Knex | Knex.Transaction, commune: string): Promise<KpiThresholdRow[]> {
  return db('analytics.stg_kpi_thresholds')
    .select(columns)
    .where({ commune_insee: commune })
    .orderBy('indicator') as unknown as Promise<KpiThresholdRow[]>;
}

export function threshold(
  db: Knex | Knex.Transaction,
  commune: string,
  indicator: JudgedIndicator,
): Promise<KpiThresholdRow | undefined> {
  return db('analytics.stg_kpi_thresholds').where({ commune_insee: commune, indicator }).first(columns);
}

/** The commune's own levels (a row of alert_thresholds, kind = the indicator), replacing the defaults. */
export async function save(
  trx: Knex.Transaction,
  commune: string,
  indicator: JudgedIndicator,
  levels: { watch_value: number; alert_value: number },
  by: string,
): Promise<void> {
  await trx('alert_thresholds')
    .insert({
      commune_insee: commune,
      kind: indicator,
      threshold_value: levels.alert_value,
      watch_value: levels.watch_value,
      updated_by: by,
      updated_at: trx.fn.now(),
    })
    .onConflict(['commune_insee', 'kind'])
    .merge(['threshold_value', 'watch_value', 'updated_by', 'updated_at']);
}

/** Back to the defaults: the commune's own levels are forgotten. */
export async function reset(trx: Knex.Transaction, commune: string, indicator: JudgedIndicator): Promise<void> {
  await trx('alert_thresholds').where({ commune_insee: commune, kind: indicator }).delete();
}
