import type { Knex } from 'knex';

interface Area {
  level: 'site' | 'zone' | 'commune';
  kind: string;
  zone?: string;
  site?: string;
}

function filterArea(query: Knex.QueryBuilder, area: Area): Knex.QueryBuilder {
  query.where({ level: area.level, kind: area.kind });
  if (area.zone !== undefined && area.level !== 'commune') query.where({ zone: area.zone });
  if (area.site && area.level === 'site') query.where({ site_id: area.site });
  return query;
}

/** The commune's latest day with counts: the end of the default periods. */
export async function latestDay(db: Knex, commune: string): Promise<string | null> {
  const row = await db('counts_daily').where({ commune_insee: commune }).max('day as latest').first();
  return (row?.latest as string | null) ?? null;
}

export function sites(db: Knex, commune: string, from: string, to: string, kind?: string) {
  const query = db
    .select(
      'site_id',
      'name',
      'kind',
      'zone',
      'street',
      'quartier_id',
      'lat',
      'lon',
      'days_followed',
      'days_complete',
      'hours_ok',
      'hours_fault',
      'hours_missing',
      'hours_expected',
      'completeness',
      'count_total',
      'mean_daily_complete',
      'first_day',
      'last_day',
    )
    .from(db.raw('analytics.kpi_counts_site_completeness(?, ?, ?) as s', [commune, from, to]))
    .orderBy(['kind', 'site_id']);
  if (kind) query.where({ kind });
  return query;
}

export function daily(db: Knex, commune: string, area: Area, from: string, to: string) {
  const query = db('analytics.kpi_counts_daily')
    .select(
      'level',
      'kind',
      'zone',
      'site_id',
      'day',
      'count_total',
      'sites',
      'sites_complete',
      'hours_ok',
      'hours_fault',
      'hours_missing',
      'hours_expected',
      'completeness',
      'isodow',
      'day_type',
      'public_holiday',
      'school_holiday',
    )
    .where({ commune_insee: commune })
    .whereBetween('day', [from, to])
    .orderBy(['zone', 'site_id', 'day']);
  return filterArea(query, area);
}

export function periods(db: Knex, commune: string, period: 'week' | 'month', area: Area, from: string, to: string) {
  const query = db('analytics.kpi_counts_periods')
    .select(
      'level',
      'kind',
      'zone',
      'site_id',
      'period',
      'period_start',
      'sites',
      'sites_reporting',
      'site_days',
      'site_days_complete',
      'count_total',
      'hours_ok',
      'hours_fault',
      'hours_missing',
      'hours_expected',
      'completeness',
      'mean_daily_complete',
      'share_of_zone',
    )
    .where({ commune_insee: commune, period })
    .whereBetween('period_start', [from, to])
    .orderBy(['zone', 'site_id', 'period_start']);
  return filterArea(query, area);
}

export function profile(db: Knex, commune: string, year: number, area: Area) {
  const query = db('analytics.kpi_counts_hour_weekday')
    .select(
      'year',
      'level',
      'kind',
      'zone',
      'site_id',
      'isodow',
      'hour_of_day',
      'mean_count',
      'hours_ok',
      'share_of_day',
    )
    .where({ commune_insee: commune, year })
    .orderBy(['zone', 'site_id', 'isodow', 'hour_of_day']);
  return filterArea(query, area);
}

export async function latestProfileYear(db: Knex, commune: string): Promise<number | null> {
  const row = await db('counts_hour_profile').where({ commune_insee: commune }).max('year as year').first();
  return (row?.year as number | null) ?? null;
}

export function yearOnYear(
  db: Knex,
  commune: string,
  from: string,
  to: string,
  filter: { level?: string; kind?: string },
) {
  const query = db
    .select(
      'level',
      'kind',
      'zone',
      'site_id',
      'current_total',
      'previous_total',
      'change_rate',
      'days_compared',
      'site_days_compared',
      'site_days_gap',
      'site_days_calendar',
      'days_in_period',
    )
    .from(db.raw('analytics.kpi_counts_year_on_year(?, ?, ?, ?) as y', [commune, from, to, filter.kind ?? null]))
    .orderBy(['kind', 'level', 'zone', 'site_id']);
  if (filter.level) query.where({ level: filter.level });
  return query;
}

export function interventions(db: Knex, commune: string) {
  return db('interventions as i')
    .leftJoin('quartiers as q', 'q.id', 'i.quartier_id')
    .select(
      'i.intervention_id',
      'i.name',
      'i.kind',
      'i.street',
      'q.name as quartier',
      'i.start_date',
      'i.end_date',
      'i.site_ids',
    )
    .where({ 'i.commune_insee': commune })
    .orderBy([{ column: 'i.start_date', order: 'desc' }, 'i.intervention_id']);
}

export function findIntervention(db: Knex, commune: string, id: string) {
  return db('interventions')
    .select('intervention_id', 'name', 'kind', 'street', 'start_date', 'end_date', 'site_ids')
    .where({ commune_insee: commune, intervention_id: id })
    .first();
}

/** Counting sites of a street or a zone, for an ad-hoc impact analysis. */
export function sitesWhere(db: Knex, commune: string, where: { street?: string; zone?: string }): Promise<string[]> {
  const query = db('counting_sites').where({ commune_insee: commune }).orderBy('site_id');
  if (where.street) query.where({ street: where.street });
  if (where.zone) query.where({ zone: where.zone });
  return query.pluck('site_id');
}

export function knownSites(db: Knex, commune: string, ids: string[]): Promise<string[]> {
  return db('counting_sites').where({ commune_insee: commune }).whereIn('site_id', ids).pluck('site_id');
}

export function comparedSites(db: Knex, commune: string, sites: string[], controls: string[] | null) {
  return db
    .select('site_id', 'name', 'grp', 'kind', 'zone', 'street')
    .from(db.raw('analytics.kpi_flows_impact_compared_sites(?, ?::text[], ?::text[]) as c', [commune, sites, controls]))
    .orderBy(['grp', 'site_id']);
}

type ImpactArgs = [string, string[], string[] | null, string, string, number];

export function impactSummary(db: Knex, ...[commune, sites, controls, start, end, window]: ImpactArgs) {
  return db
    .select(
      'period',
      'first_day',
      'last_day',
      'days',
      'days_compared',
      'zone_mean_daily',
      'control_sites',
      'zone_change',
      'control_change',
      'effect',
      'effect_low',
      'effect_high',
      'change_vs_last_year',
      'days_vs_last_year',
    )
    .from(
      db.raw('analytics.kpi_flows_impact_summary(?, ?::text[], ?::text[], ?, ?, ?) as s', [
        commune,
        sites,
        controls,
        start,
        end,
        window,
      ]),
    );
}

export function impactDaily(db: Knex, ...[commune, sites, controls, start, end, window]: ImpactArgs) {
  return db
    .select(
      'period',
      'day',
      'zone_count',
      'zone_sites',
      'zone_panel_sites',
      'zone_index',
      'control_index',
      'control_sites',
      'log_ratio',
      'zone_count_matched',
      'zone_count_last_year',
    )
    .from(
      db.raw('analytics.kpi_flows_impact_daily(?, ?::text[], ?::text[], ?, ?, ?) as d', [
        commune,
        sites,
        controls,
        start,
        end,
        window,
      ]),
    )
    .orderBy('day');
}
