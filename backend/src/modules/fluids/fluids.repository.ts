import type { Knex } from 'knex';
import type { NewRule } from './fluids.schemas';

/** 'YYYY-MM' -> first day of the month. */
const monthStart = (month: string) => `${month}-01`;

export interface BuildingRow {
  commune_insee: string;
  building_id: string;
  name: string;
  type: string;
  heated_area_m2: number | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  quartier_id: number | null;
  quartier: string | null;
  tertiary_reference_year: number | null;
}

/** A building by its id, in one commune or in any (ids are unique per commune only). */
export function findBuildings(db: Knex, buildingId: string, commune?: string): Promise<BuildingRow[]> {
  const query = db('buildings as b')
    .leftJoin('quartiers as q', 'q.id', 'b.quartier_id')
    .select(
      'b.commune_insee',
      'b.building_id',
      'b.name',
      'b.type',
      'b.heated_area_m2',
      'b.address',
      'b.lat',
      'b.lon',
      'b.quartier_id',
      'q.name as quartier',
      'b.tertiary_reference_year',
    )
    .where('b.building_id', buildingId)
    .orderBy('b.commune_insee');
  if (commune) query.where('b.commune_insee', commune);
  return query;
}

/** The commune's latest month fully reached by its bills ('YYYY-MM-01'), or undefined without bills. */
export async function horizonMonth(db: Knex, commune: string): Promise<string | undefined> {
  const row = await db('analytics.stg_fluids_monthly').where({ commune_insee: commune }).first('horizon_month');
  return row?.horizon_month;
}

/** The commune's latest year whose bills cover every month of every meter, else its latest year. */
export async function latestYear(db: Knex, commune: string): Promise<number | undefined> {
  const row = await db('analytics.kpi_fluids_commune_year')
    .where({ commune_insee: commune })
    .first(db.raw('max(year) filter (where complete) as complete_year'), db.raw('max(year) as any_year'));
  return row?.complete_year ?? row?.any_year ?? undefined;
}

interface Range {
  from?: string;
  to?: string;
}

function inRange(query: Knex.QueryBuilder, range: Range, column = 'month') {
  if (range.from) query.where(column, '>=', monthStart(range.from));
  if (range.to) query.where(column, '<=', monthStart(range.to));
  return query;
}

/** The public monthly contract: one row per month of one meter, prorated by days. */
export function meterMonths(db: Knex, commune: string, buildingId: string, fluid: string, range: Range) {
  const query = db('analytics.kpi_fluids_building_month')
    .select(
      'month_label as month',
      'quantity',
      'unit',
      'amount_eur',
      'complete',
      'covered_days',
      'days_in_month',
      'quality_flags',
    )
    .where({ commune_insee: commune, building_id: buildingId, fluid })
    .orderBy('month');
  return inRange(query, range);
}

export function buildingMonths(db: Knex, commune: string, buildingId: string, fluid: string | undefined, range: Range) {
  const query = db('analytics.kpi_fluids_building_month')
    .select(
      'fluid',
      'unit',
      'month_label as month',
      'quantity',
      'amount_eur',
      'quantity_previous_year',
      'amount_previous_year',
      'dju',
      'dju_normal',
      'corrected_quantity',
      'complete',
      'covered_days',
      'days_in_month',
      'missing_days',
      'overlap_days',
      'quality_flags',
      'robust_z',
      'anomalous',
      'excess_quantity',
      'excess_cost_eur',
    )
    .where({ commune_insee: commune, building_id: buildingId })
    .orderBy(['fluid', 'month']);
  if (fluid) query.where({ fluid });
  return inRange(query, range);
}

export function buildingYears(db: Knex, commune: string, buildingId: string) {
  return db('analytics.kpi_fluids_building_year')
    .select(
      'fluid',
      'unit',
      'year',
      'quantity',
      'amount_eur',
      'corrected_quantity',
      'complete',
      'complete_months',
      'missing_days',
      'quality_issue_months',
      'anomalous_months',
      'dju',
      'dju_normal',
      'heating_slope_per_dju',
      'quantity_per_dju',
      'intensity_per_m2',
      'corrected_intensity_per_m2',
      'type_median_intensity_per_m2',
      'type_buildings',
      'ratio_to_type_median',
      'change_vs_previous_year',
      'amount_change_vs_previous_year',
      'share_of_fluid_bill',
    )
    .where({ commune_insee: commune, building_id: buildingId })
    .orderBy(['fluid', 'year']);
}

const balanceColumns = [
  'building_id',
  'name',
  'type',
  'quartier_id',
  'heated_area_m2',
  'lat',
  'lon',
  'year',
  'complete',
  'meters',
  'energy_kwh',
  'energy_kwh_corrected',
  'water_m3',
  'cost_eur',
  'energy_cost_eur',
  'water_cost_eur',
  'kwh_per_m2',
  'cost_per_m2',
  'water_m3_per_m2',
  'type_median_kwh_per_m2',
  'type_median_cost_per_m2',
  'type_buildings',
  'ratio_to_type_median',
  'share_of_commune_bill',
  'energy_change_vs_previous_year',
  'cost_change_vs_previous_year',
  'quality_issue_months',
  'anomalous_months',
];

export function buildingBalances(db: Knex, commune: string, buildingId: string) {
  return db('analytics.kpi_fluids_building_balance')
    .select(balanceColumns)
    .where({ commune_insee: commune, building_id: buildingId })
    .orderBy('year');
}

/** Every building's balance for a year, with its open alerts since `alertsFrom` (ranking and map). */
export function buildingsOfYear(db: Knex, commune: string, year: number, type: string | undefined, alertsFrom: string) {
  const alerts = db('analytics.kpi_fluids_alerts')
    .select('building_id')
    .count({ open_alerts: '*' })
    .sum({ open_alerts_cost_eur: 'estimated_cost_eur' })
    .where({ commune_insee: commune, acknowledged: false })
    .whereNot('kind', 'missing_readings')
    .where('month', '>=', alertsFrom)
    .groupBy('building_id')
    .as('a');
  const query = db('analytics.kpi_fluids_building_balance as b')
    .leftJoin(alerts, 'a.building_id', 'b.building_id')
    .leftJoin('quartiers as q', 'q.id', 'b.quartier_id')
    .select(balanceColumns.map((c) => `b.${c}`))
    .select(
      'q.name as quartier',
      db.raw('coalesce(a.open_alerts, 0)::integer as open_alerts'),
      db.raw('coalesce(a.open_alerts_cost_eur, 0) as open_alerts_cost_eur'),
    )
    .where({ 'b.commune_insee': commune, 'b.year': year })
    .orderByRaw('b.kwh_per_m2 desc nulls last, b.building_id');
  if (type) query.where('b.type', type);
  return query;
}

export function communeYears(db: Knex, commune: string) {
  return db('analytics.kpi_fluids_commune_year')
    .select(
      'fluid',
      'unit',
      'year',
      'quantity',
      'corrected_quantity',
      'amount_eur',
      'amount_per_inhabitant_eur',
      'meters',
      'complete',
      'missing_days',
      'anomalies_cost_eur',
      'comparable_meters',
      'change_vs_previous_year',
      'amount_change_vs_previous_year',
    )
    .where({ commune_insee: commune })
    .orderBy(['year', 'fluid']);
}

export function typeYears(db: Knex, commune: string, year: number | undefined) {
  const query = db('analytics.kpi_fluids_type_year')
    .select(
      'type',
      'fluid_group',
      'unit',
      'year',
      'buildings',
      'heated_area_m2',
      'quantity',
      'corrected_quantity',
      'amount_eur',
      'quantity_per_m2',
      'amount_per_m2_eur',
      'complete',
    )
    .where({ commune_insee: commune })
    .orderBy(['year', 'type', 'fluid_group']);
  if (year !== undefined) query.andWhere({ year });
  return query;
}

export function communeTrajectory(db: Knex, commune: string) {
  return db('analytics.kpi_fluids_commune_trajectory')
    .select(
      'year',
      'buildings_concerned',
      'buildings_counted',
      'reference_kwh',
      'energy_kwh_corrected',
      'target_kwh',
      'target_2030_kwh',
      'target_2040_kwh',
      'target_2050_kwh',
      'reduction_vs_reference',
      'path_reduction',
      'status',
      'buildings_on_track',
      'buildings_behind',
      'buildings_wrong_way',
    )
    .where({ commune_insee: commune })
    .orderBy('year');
}

export function communeMonths(db: Knex, commune: string, fluid: string | undefined, range: Range) {
  const query = db('analytics.kpi_fluids_commune_month')
    .select(
      'fluid',
      'unit',
      'month_label as month',
      'quantity',
      'amount_eur',
      'corrected_quantity',
      'quantity_previous_year',
      'amount_previous_year',
      'dju',
      'dju_normal',
      'meters',
      'complete_meters',
      'meters_missing',
      'anomalous_meters',
    )
    .where({ commune_insee: commune })
    .orderBy(['month', 'fluid']);
  if (fluid) query.where({ fluid });
  return inRange(query, range);
}

const alertColumns = [
  'alert_key',
  'building_id',
  'building_name',
  'building_type',
  'quartier_id',
  'fluid',
  'unit',
  'kind',
  'rule_id',
  'month_label as month',
  'since_label as since_month',
  'months',
  'excess_quantity',
  'estimated_cost_eur',
  'score',
  'acknowledged',
  'acknowledged_at',
  'acknowledged_by',
  'comment',
];

export interface AlertFilter {
  commune: string;
  from: string;
  status: 'open' | 'acknowledged' | 'all';
  kind?: string;
  building?: string;
  limit: number;
}

/** Alert episodes whose last month is on or after `from`, most costly first (unknown costs last). */
export function alerts(db: Knex, filter: AlertFilter) {
  const query = db('analytics.kpi_fluids_alerts')
    .select(alertColumns)
    .where({ commune_insee: filter.commune })
    .where('month', '>=', monthStart(filter.from))
    .orderByRaw('estimated_cost_eur desc nulls last, month desc, alert_key')
    .limit(filter.limit);
  if (filter.status !== 'all') query.where({ acknowledged: filter.status === 'acknowledged' });
  if (filter.kind) query.where({ kind: filter.kind });
  if (filter.building) query.where({ building_id: filter.building });
  return query;
}

export function findAlert(db: Knex, commune: string, alertKey: string) {
  return db('analytics.kpi_fluids_alerts').where({ commune_insee: commune, alert_key: alertKey }).first(alertColumns);
}

export function trajectory(db: Knex, commune: string, filter: { building?: string; year?: number }) {
  const query = db('analytics.kpi_fluids_tertiary_trajectory')
    .select(
      'building_id',
      'name',
      'type',
      'quartier_id',
      'heated_area_m2',
      'reference_year',
      'reference_source',
      'reference_kwh',
      'year',
      'complete',
      'energy_kwh',
      'energy_kwh_corrected',
      'kwh_per_m2_corrected',
      'energy_cost_eur',
      'path_factor',
      'target_kwh',
      'target_2030_kwh',
      'target_2040_kwh',
      'target_2050_kwh',
      'reduction_vs_reference',
      'gap_kwh',
      'gap_eur',
      'status',
    )
    .where({ commune_insee: commune });
  if (filter.building) query.where({ building_id: filter.building }).orderBy('year');
  if (filter.year !== undefined) query.where({ year: filter.year }).orderByRaw('gap_eur desc nulls last, building_id');
  return query;
}

export function quality(db: Knex, commune: string, filter: Range & { building?: string; limit: number }) {
  const query = db('analytics.kpi_fluids_data_quality')
    .select(
      'building_id',
      'building_name',
      'building_type',
      'fluid',
      'unit',
      'month_label as month',
      'quantity',
      'bills',
      'covered_days',
      'days_in_month',
      'missing_days',
      'overlap_days',
      'long_bill',
      'index_reset',
      'quality_flags',
    )
    .where({ commune_insee: commune })
    .orderBy([{ column: 'month', order: 'desc' }, 'building_id', 'fluid'])
    .limit(filter.limit);
  if (filter.building) query.where({ building_id: filter.building });
  return inRange(query, filter);
}

export function operat(db: Knex, commune: string, year: number) {
  return db('analytics.kpi_fluids_operat_export')
    .select(
      'siren',
      'building_id',
      'name',
      'address',
      'type',
      'heated_area_m2',
      'year',
      'electricity_kwh',
      'gas_kwh',
      'district_heat_kwh',
      'fuel_oil_kwh',
      'total_kwh',
      'kwh_per_m2',
      'energy_cost_eur',
    )
    .where({ commune_insee: commune, year })
    .orderBy('building_id');
}

export function costPerEntry(db: Knex, commune: string, year?: number) {
  const query = db('analytics.kpi_fluids_cost_per_entry')
    .select(
      'building_id',
      'name',
      'type',
      'year',
      'cost_eur',
      'bills_complete',
      'entries',
      'days_counted',
      'days_in_year',
      'cost_per_entry_eur',
    )
    .where({ commune_insee: commune })
    .orderBy(['year', 'building_id']);
  if (year !== undefined) query.where({ year });
  return query;
}

const ruleColumns = [
  'id',
  'commune_insee',
  'building_id',
  'building_type',
  'fluid',
  'measure',
  'threshold_kind',
  'threshold_value',
  'label',
  'created_by',
  'created_at',
];

export function listRules(db: Knex, commune: string) {
  return db('fluid_alert_rules').select(ruleColumns).where({ commune_insee: commune }).orderBy('id');
}

export function findRule(db: Knex, id: number) {
  return db('fluid_alert_rules').where({ id }).first(ruleColumns);
}

export async function createRule(trx: Knex.Transaction, rule: NewRule, createdBy: string) {
  const [row] = await trx('fluid_alert_rules')
    .insert({
      commune_insee: rule.commune,
      building_id: rule.building_id ?? null,
      building_type: rule.building_type ?? null,
      fluid: rule.fluid ?? null,
      measure: rule.measure,
      threshold_kind: rule.threshold_kind,
      threshold_value: rule.threshold_value,
      label: rule.label ?? null,
      created_by: createdBy,
    })
    .returning(ruleColumns);
  return row;
}

export function deleteRule(trx: Knex.Transaction, id: number) {
  return trx('fluid_alert_rules').where({ id }).delete();
}

export async function acknowledge(
  trx: Knex.Transaction,
  alert: {
    commune_insee: string;
    alert_key: string;
    building_id: string;
    fluid: string;
    kind: string;
  },
  by: string,
  comment: string | null,
) {
  const [row] = await trx('fluid_alert_acknowledgements')
    .insert({ ...alert, acknowledged_by: by, comment, acknowledged_at: trx.fn.now() })
    .onConflict(['commune_insee', 'alert_key'])
    .merge(['acknowledged_by', 'comment', 'acknowledged_at'])
    .returning(['alert_key', 'acknowledged_by', 'acknowledged_at', 'comment']);
  return row;
}

export function unacknowledge(trx: Knex.Transaction, commune: string, alertKey: string) {
  return trx('fluid_alert_acknowledgements').where({ commune_insee: commune, alert_key: alertKey }).delete();
}
