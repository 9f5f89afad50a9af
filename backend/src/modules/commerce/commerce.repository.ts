import type { Knex } from 'knex';

type Level = 'commune' | 'quartier' | 'street';

const vacancyColumns = [
  'premises',
  'occupied',
  'vacant',
  'works',
  'vacancy_rate',
  'surface_m2',
  'vacant_surface_m2',
  'vacancy_rate_surface',
  'vacant_over_1_year',
  'vacant_over_3_years',
  'structural_vacancy_rate',
  'median_vacant_days',
];

/** GET /commerce/vacancy: kpi_commerce_vacancy_at, one level. */
export function vacancyAt(db: Knex, commune: string, date: string, level: Level) {
  const area = level === 'street' ? ['street', 'quartier'] : level === 'quartier' ? ['quartier_id', 'quartier'] : [];
  return db
    .select(...area, ...vacancyColumns)
    .from(db.raw('analytics.kpi_commerce_vacancy_at(?, ?) as v', [commune, date]))
    .where({ level })
    .orderByRaw(
      level === 'street' ? 'lower(street), street' : level === 'quartier' ? 'lower(quartier), quartier' : 'premises',
    );
}

export function monthly(db: Knex, commune: string, filter: { by: Level; key?: string; from?: string; to?: string }) {
  const query = db('analytics.kpi_commerce_vacancy_monthly')
    .select(
      'level',
      'area_key',
      'quartier_id',
      'quartier',
      'street',
      db.raw("to_char(month, 'YYYY-MM') as month"),
      ...vacancyColumns.filter((c) => !['structural_vacancy_rate', 'median_vacant_days'].includes(c)),
      'openings',
      'closures',
      'vacancy_rate_12m_ago',
      'vacancy_rate_change_12m',
    )
    .where({ commune_insee: commune, level: filter.by })
    .orderBy(['area_key', 'month']);
  if (filter.key) query.where({ area_key: filter.key });
  if (filter.from) query.where('month', '>=', `${filter.from}-01`);
  if (filter.to) query.where('month', '<=', `${filter.to}-01`);
  return query;
}

const streetColumns = [
  'street',
  'quartier',
  'premises',
  'vacant',
  'vacancy_rate',
  'vacancy_rate_change_12m',
  'vacant_over_1_year',
  'counting_sites',
  'sites_reporting',
  'footfall_mean_daily',
  'footfall_change_12m',
];

/** Streets ranked material: vacancy, its change over 12 months and footfall beside it, for one month. */
export function streets(db: Knex, commune: string, month?: string) {
  const view = 'analytics.kpi_flows_street_footfall_vacancy';
  return db(view)
    .select(db.raw("to_char(month, 'YYYY-MM') as month"), ...streetColumns)
    .where({ commune_insee: commune })
    .where('month', month ? `${month}-01` : db(view).max('month').where({ commune_insee: commune }))
    .orderByRaw('vacancy_rate desc nulls last, lower(street), street');
}

export function streetHistory(db: Knex, commune: string, street: string) {
  return db('analytics.kpi_flows_street_footfall_vacancy')
    .select(db.raw("to_char(month, 'YYYY-MM') as month"), ...streetColumns)
    .where({ commune_insee: commune, street })
    .orderBy('month');
}

export function premisesAt(db: Knex, commune: string, date: string, filter: { street?: string; status?: string }) {
  const query = db
    .select(
      'premises_id',
      'address',
      'street',
      'quartier_id',
      'quartier',
      'lat',
      'lon',
      'surface_m2',
      'status',
      'activity',
      'status_since',
      'vacant_since',
      'vacant_days',
      'vacant_over_1_year',
      'vacant_over_3_years',
    )
    .from(db.raw('analytics.stg_commerce_status_at(?, ?) as p', [commune, date]))
    .orderByRaw('lower(street), street, premises_id');
  if (filter.street) query.where({ street: filter.street });
  if (filter.status) query.where({ status: filter.status });
  return query;
}

export function premisesPeriods(db: Knex, commune: string, premisesId: string) {
  return db('analytics.stg_commerce_periods')
    .select('valid_from', 'valid_to', 'status', 'activity', 'previous_status', 'vacant_since')
    .where({ commune_insee: commune, premises_id: premisesId })
    .orderBy('valid_from');
}

/** Every status period of the premises of one street: the street's timeline. */
export function streetTimeline(db: Knex, commune: string, street: string) {
  return db('analytics.stg_commerce_periods')
    .select('premises_id', 'address', 'surface_m2', 'valid_from', 'valid_to', 'status', 'activity', 'vacant_since')
    .where({ commune_insee: commune, street })
    .orderBy(['premises_id', 'valid_from']);
}

export function findPremises(db: Knex, commune: string, premisesId: string) {
  return db('premises as p')
    .leftJoin('quartiers as q', 'q.id', 'p.quartier_id')
    .select(
      'p.premises_id',
      'p.address',
      'p.street',
      'p.quartier_id',
      'q.name as quartier',
      'p.lat',
      'p.lon',
      'p.surface_m2',
      'p.ground_floor',
    )
    .where({ 'p.commune_insee': commune, 'p.premises_id': premisesId })
    .first();
}

export function activityMix(db: Knex, commune: string, date: string, filter: { by: Level; key?: string }) {
  const query = db
    .select('level', 'quartier_id', 'street', 'activity', 'premises', 'share', 'surface_m2')
    .from(db.raw('analytics.kpi_commerce_activity_mix_at(?, ?) as m', [commune, date]))
    .where({ level: filter.by })
    .orderBy([{ column: 'premises', order: 'desc' }, 'activity']);
  if (filter.key && filter.by === 'street') query.where({ street: filter.key });
  if (filter.key && filter.by === 'quartier') {
    if (filter.key === 'none') query.whereNull('quartier_id');
    else query.whereRaw('quartier_id::text = ?', [filter.key]);
  }
  return query;
}

export function durations(db: Knex, commune: string, filter: { by: Level; key?: string }) {
  const query = db('analytics.kpi_commerce_vacancy_durations')
    .select(
      'level',
      'area_key',
      'quartier',
      'street',
      'year',
      'as_of',
      'spells_ended',
      'median_days_ended',
      'spells_ongoing',
      'median_days_ongoing',
      'ongoing_over_1_year',
      'ongoing_over_3_years',
    )
    .where({ commune_insee: commune, level: filter.by })
    .orderBy(['area_key', 'year']);
  if (filter.key) query.where({ area_key: filter.key });
  return query;
}

export function references(db: Knex, commune: string) {
  return db('analytics.kpi_commerce_vacancy_vs_references')
    .select(
      'year',
      db.raw("to_char(measured_month, 'YYYY-MM') as measured_month"),
      'premises',
      'vacancy_rate',
      'reference_id',
      'reference_kind',
      'reference_scope',
      'reference_year',
      'reference_rate',
      'reference_label',
      'reference_source',
      'gap',
      'above_reference',
    )
    .where({ commune_insee: commune })
    .orderBy(['year', 'reference_id']);
}

/** The commune's latest status change: the date the register describes. */
export async function latestStatusDate(db: Knex, commune: string): Promise<string | null> {
  const row = await db('premises_status').where({ commune_insee: commune }).max('valid_from as latest').first();
  return (row?.latest as string | null) ?? null;
}
