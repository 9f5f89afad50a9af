import type { Knex } from 'knex';

/** The fluids rollups, in dependency order (each reads the ones before it). */
export const fluidsRollups = [
  'analytics.stg_fluids_monthly',
  'analytics.stg_fluids_months_commune',
  'analytics.stg_fluids_yearly',
  'analytics.stg_fluids_years_balance',
  'analytics.stg_fluids_years_commune',
  'analytics.stg_fluids_years_intensity',
  'analytics.stg_fluids_years_trajectory',
] as const;

/** What a buildings import changes: the rollups that read a building's name, type, area or reference year. */
export const buildingRollups = [
  'analytics.stg_fluids_years_balance',
  'analytics.stg_fluids_years_intensity',
  'analytics.stg_fluids_years_trajectory',
] as const;

/**
 * Refreshes the fluids rollups after bills, degree-days or buildings landed, then refreshes their statistics (a
 * materialized view without them gets plans ten times slower). CONCURRENTLY keeps them readable while they are
 * rebuilt (each has a unique index on its grain), so the dashboard never waits for an import. JIT is off for the
 * refresh: on a server with LLVM, compiling the plan costs more (seconds) than running it.
 */
export async function refreshFluidsRollups(
  db: Knex,
  views: readonly string[] = fluidsRollups,
): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('set local jit = off');
    for (const view of views) await trx.raw(`refresh materialized view concurrently ${view}`);
  });
  for (const view of views) await db.raw(`analyze ${view}`);
}
