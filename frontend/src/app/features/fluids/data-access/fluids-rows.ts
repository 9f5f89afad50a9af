/** Rows of the fluids API (`/api/v1/fluids/...`), field names exactly as the API returns them. */

export type Fluid = 'electricity' | 'gas' | 'heat' | 'fuel_oil' | 'water';
export type AlertFluid = Fluid | 'energy';
export type AlertKind = 'anomaly' | 'leak' | 'step' | 'trajectory' | 'rule' | 'missing_readings';
export type QualityFlag = 'missing_readings' | 'overlapping_bills' | 'long_bill' | 'index_reset';
export type TrajectoryStatus = 'on_track' | 'behind' | 'wrong_way';
export type BuildingType =
  | 'school'
  | 'nursery'
  | 'gym'
  | 'pool'
  | 'library'
  | 'town_hall'
  | 'office'
  | 'culture'
  | 'social'
  | 'technical'
  | 'other';

export const FLUIDS: readonly Fluid[] = ['electricity', 'gas', 'heat', 'fuel_oil', 'water'];
export const ALERT_KINDS: readonly AlertKind[] = ['trajectory', 'leak', 'step', 'anomaly', 'rule', 'missing_readings'];
export const BUILDING_TYPES: readonly BuildingType[] = [
  'school',
  'nursery',
  'gym',
  'pool',
  'library',
  'town_hall',
  'office',
  'culture',
  'social',
  'technical',
  'other',
];

/** GET /fluids/commune-years: one fluid and year of the whole commune ('energy': the energy fluids; 'all': the bill). */
export interface CommuneYearRow {
  fluid: Fluid | 'energy' | 'all';
  unit: 'kWh' | 'm3' | null;
  year: number;
  quantity: number | null;
  corrected_quantity: number | null;
  amount_eur: number | null;
  amount_per_inhabitant_eur: number | null;
  meters: number;
  complete: boolean;
  missing_days: number;
  anomalies_cost_eur: number;
  /** Meters billed for the whole of this year and the one before: the changes compare those. */
  comparable_meters: number;
  change_vs_previous_year: number | null;
  amount_change_vs_previous_year: number | null;
}

/** GET /fluids/commune-months: one fluid and month of the whole commune. */
export interface CommuneMonthRow {
  fluid: Fluid;
  unit: 'kWh' | 'm3';
  /** YYYY-MM */
  month: string;
  quantity: number | null;
  amount_eur: number | null;
  corrected_quantity: number | null;
  quantity_previous_year: number | null;
  amount_previous_year: number | null;
  dju: number | null;
  dju_normal: number | null;
  meters: number;
  complete_meters: number;
  meters_missing: number;
  anomalous_meters: number;
}

/** GET /fluids/buildings: a building's balance of a year, all fluids. */
export interface BuildingBalanceRow {
  building_id: string;
  name: string;
  type: BuildingType;
  quartier_id: number | null;
  quartier?: string | null;
  heated_area_m2: number | null;
  lat: number | null;
  lon: number | null;
  year: number;
  complete: boolean;
  meters: number;
  energy_kwh: number | null;
  energy_kwh_corrected: number | null;
  water_m3: number | null;
  cost_eur: number | null;
  energy_cost_eur: number | null;
  water_cost_eur: number | null;
  kwh_per_m2: number | null;
  cost_per_m2: number | null;
  water_m3_per_m2: number | null;
  type_median_kwh_per_m2: number | null;
  type_median_cost_per_m2: number | null;
  type_buildings: number | null;
  ratio_to_type_median: number | null;
  share_of_commune_bill: number | null;
  energy_change_vs_previous_year: number | null;
  cost_change_vs_previous_year: number | null;
  quality_issue_months: number;
  anomalous_months: number;
  open_alerts?: number;
  open_alerts_cost_eur?: number;
}

/** GET /fluids/alerts: one alert episode. */
export interface AlertRow {
  alert_key: string;
  building_id: string;
  building_name: string;
  building_type: BuildingType;
  quartier_id: number | null;
  fluid: AlertFluid;
  unit: string;
  kind: AlertKind;
  rule_id: number | null;
  /** Last month of the episode, YYYY-MM. */
  month: string;
  since_month: string;
  months: number;
  excess_quantity: number | null;
  estimated_cost_eur: number | null;
  score: number | null;
  acknowledged: boolean;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  comment: string | null;
}

export interface BuildingIdentity {
  commune_insee: string;
  building_id: string;
  name: string;
  type: BuildingType;
  heated_area_m2: number | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  quartier_id: number | null;
  quartier: string | null;
  tertiary_reference_year: number | null;
}

/** One fluid and year of one building. */
export interface BuildingYearRow {
  fluid: Fluid;
  unit: 'kWh' | 'm3';
  year: number;
  quantity: number | null;
  amount_eur: number | null;
  corrected_quantity: number | null;
  complete: boolean;
  quantity_per_dju: number | null;
  heating_slope_per_dju: number | null;
  intensity_per_m2: number | null;
  corrected_intensity_per_m2: number | null;
  type_median_intensity_per_m2: number | null;
  change_vs_previous_year: number | null;
  share_of_fluid_bill: number | null;
}

/** GET /fluids/buildings/:id */
export interface BuildingDetail {
  building: BuildingIdentity;
  balances: BuildingBalanceRow[];
  years: BuildingYearRow[];
}

/** GET /fluids/buildings/:id/months: one fluid and month of one building. */
export interface BuildingMonthRow {
  fluid: Fluid;
  unit: 'kWh' | 'm3';
  month: string;
  quantity: number | null;
  amount_eur: number | null;
  quantity_previous_year: number | null;
  amount_previous_year: number | null;
  dju: number | null;
  dju_normal: number | null;
  corrected_quantity: number | null;
  complete: boolean;
  missing_days: number;
  overlap_days: number;
  quality_flags: QualityFlag[];
  robust_z: number | null;
  anomalous: boolean;
  excess_quantity: number | null;
  excess_cost_eur: number | null;
}

/** GET /fluids/trajectory and /fluids/buildings/:id/trajectory */
export interface TrajectoryRow {
  building_id: string;
  name: string;
  type: BuildingType;
  heated_area_m2: number;
  reference_year: number;
  reference_source: 'chosen' | 'highest_2010_2019' | 'provisional';
  reference_kwh: number | null;
  year: number;
  complete: boolean;
  energy_kwh: number;
  energy_kwh_corrected: number;
  kwh_per_m2_corrected: number;
  energy_cost_eur: number;
  path_factor: number;
  target_kwh: number | null;
  target_2030_kwh: number | null;
  target_2040_kwh: number | null;
  target_2050_kwh: number | null;
  reduction_vs_reference: number | null;
  gap_kwh: number | null;
  gap_eur: number | null;
  status: TrajectoryStatus | null;
}

/** GET /fluids/quality */
export interface QualityRow {
  building_id: string;
  building_name: string;
  building_type: BuildingType;
  fluid: Fluid;
  unit: string;
  month: string;
  quantity: number | null;
  bills: number;
  covered_days: number;
  days_in_month: number;
  missing_days: number;
  overlap_days: number;
  long_bill: boolean;
  index_reset: boolean;
  quality_flags: QualityFlag[];
}

/** GET /fluids/alert-rules */
export interface AlertRuleRow {
  id: number;
  commune_insee: string;
  building_id: string | null;
  building_type: BuildingType | null;
  fluid: Fluid | null;
  measure: 'quantity' | 'amount_eur';
  threshold_kind: 'percent' | 'absolute';
  threshold_value: number;
  label: string | null;
  created_by: string;
  created_at: string;
}

/** POST /fluids/alert-rules */
export interface NewAlertRule {
  commune: string;
  building_id?: string;
  building_type?: BuildingType;
  fluid?: Fluid;
  measure: 'quantity' | 'amount_eur';
  threshold_kind: 'percent' | 'absolute';
  threshold_value: number;
  label?: string;
}

/** GET /fluids/building-types (public): the buildings of one type together, per fluid group and year. */
export interface TypeYearRow {
  type: BuildingType;
  fluid_group: 'energy' | 'water' | 'all';
  unit: 'kWh' | 'm3' | null;
  year: number;
  buildings: number;
  heated_area_m2: number | null;
  quantity: number | null;
  corrected_quantity: number | null;
  amount_eur: number;
  quantity_per_m2: number | null;
  amount_per_m2_eur: number | null;
  complete: boolean;
}

/** GET /fluids/commune-trajectory (public): the décret tertiaire trajectory of the commune's buildings together. */
export interface CommuneTrajectoryRow {
  year: number;
  buildings_concerned: number;
  buildings_counted: number;
  reference_kwh: number | null;
  energy_kwh_corrected: number | null;
  target_kwh: number | null;
  target_2030_kwh: number | null;
  target_2040_kwh: number | null;
  target_2050_kwh: number | null;
  reduction_vs_reference: number | null;
  path_reduction: number | null;
  status: TrajectoryStatus | null;
  buildings_on_track: number;
  buildings_behind: number;
  buildings_wrong_way: number;
}
