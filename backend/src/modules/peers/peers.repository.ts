import type { Knex } from 'knex';
import { indicators } from './peers.schemas';

/** Indicators in the order pages list them (savings first, then debt, equipment, staff, totals). */
const indicatorOrder = `array_position(array[${indicators.map((i) => `'${i}'`).join(', ')}]::text[], indicator)`;

export const peerColumns = [
  'indicator',
  'unit',
  'commune_value',
  'group_average',
  'group_median',
  'group_q1',
  'group_q3',
  'group_size',
  'rank',
  'source',
  'year',
  'group_label',
] as const;

/** The partners' rows come from their own view (a window over every partner), the others' from the groups' view. */
const viewOf = (group: string) =>
  group === 'partners' ? 'analytics.kpi_budget_peer_partners' : 'analytics.kpi_budget_peer_in_groups';

export function peers(db: Knex, commune: string, year: number, group: string) {
  return db(viewOf(group))
    .where({ commune_insee: commune, year, group_kind: group })
    .orderByRaw(indicatorOrder)
    .select(...peerColumns);
}

export function history(db: Knex, commune: string, group: string, indicator?: string) {
  const query = db(viewOf(group))
    .where({ commune_insee: commune, group_kind: group })
    .orderBy('year')
    .orderByRaw(indicatorOrder)
    .select(...peerColumns);
  if (indicator) query.where({ indicator });
  return query;
}

/** The latest year the DGFiP's file covers for the commune (or, for a partner, its own accounts). */
export async function latestYear(db: Knex, commune: string): Promise<number | undefined> {
  const row = await db
    .from(
      db.raw(
        `(select year from dgfip_comptes_communes where commune_insee = ?
          union all select year from analytics.kpi_budget_ratios where commune_insee = ?) as years`,
        [commune, commune],
      ),
    )
    .max<{ year: number | null }>('year as year')
    .first();
  return row?.year ?? undefined;
}

export async function latestDgfipYear(db: Knex, commune: string): Promise<number | undefined> {
  const row = await db('dgfip_comptes_communes')
    .where({ commune_insee: commune })
    .max<{ year: number | null }>('year as year')
    .first();
  return row?.year ?? undefined;
}

export function vsDgfip(db: Knex, commune: string, year?: number) {
  const query = db('analytics.kpi_budget_vs_dgfip')
    .where({ commune_insee: commune })
    .orderBy('year')
    .orderByRaw(indicatorOrder)
    .select(
      'year',
      'indicator',
      'unit',
      'own_value',
      'dgfip_value',
      'gap',
      'own_population',
      'dgfip_population',
      'gap_reason',
    );
  if (year !== undefined) query.where({ year });
  return query;
}
