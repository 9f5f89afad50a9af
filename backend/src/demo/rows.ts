// Row shapes of the demo output: one interface per table, keys exactly the columns of
// sql/migrations/0001__create_core_tables.sql, plus a few optional columns added by later migrations (marked; the
// loader writes them only where the database has them). Dates are ISO strings ('YYYY-MM-DD', hours
// 'YYYY-MM-DD HH:00:00'), numerics are numbers already rounded to the column's scale.
import type { MultiPolygon, Polygon } from 'geojson';
import type { BuildingType } from '../db/building-types';

export interface CommuneRow {
  insee_code: string;
  name: string;
  siren: string | null;
  population: number;
  weather_station: string;
  is_demo: boolean;
  geometry: Polygon | MultiPolygon;
}

/** `id` is provisional (1..n): the loader lets bigserial assign the real one and remaps every quartier_id. */
export interface QuartierRow {
  id: number;
  commune_insee: string;
  name: string;
  population: number;
  synthetic: boolean;
  geometry: Polygon | MultiPolygon;
  import_id: null;
}

export type { BuildingType };

export interface BuildingRow {
  commune_insee: string;
  building_id: string;
  name: string;
  type: BuildingType;
  heated_area_m2: number;
  address: string;
  lat: number;
  lon: number;
  quartier_id: number;
  import_id: null;
}

export type Fluid = 'electricity' | 'gas' | 'heat' | 'fuel_oil' | 'water';
export type Unit = 'kWh' | 'm3';

export interface MeterRow {
  commune_insee: string;
  building_id: string;
  fluid: Fluid;
  unit: Unit;
}

export interface MeterReadingRow {
  commune_insee: string;
  building_id: string;
  fluid: Fluid;
  period_start: string;
  period_end: string;
  quantity: number;
  unit: Unit;
  amount_eur: number;
  index_reset: boolean;
  import_id: null;
  /** Meter indexes printed on the bill (migration 0020). */
  index_start: number;
  index_end: number;
}

export interface DegreeDaysRow {
  commune_insee: string;
  month: string;
  dju: number;
  station: string;
  import_id: null;
}

export type BudgetStage = 'BP' | 'BS' | 'DM' | 'CA';

export interface BudgetLineRow {
  commune_insee: string;
  year: number;
  stage: BudgetStage;
  document_seq: number;
  section: 'F' | 'I';
  direction: 'R' | 'D';
  is_real: boolean;
  account: string;
  account_label: string;
  chapter: string;
  function_code: string;
  operation: string;
  amount_voted: number;
  amount_open: number | null;
  amount_executed: number | null;
  carry_prev: number;
  carry_next: number;
  import_id: null;
  /** Labels of the chapter and function (migration 0011). */
  chapter_label: string;
  function_label: string;
}

export interface DebtOutstandingRow {
  commune_insee: string;
  year: number;
  outstanding_eur: number;
  import_id: null;
}

export type ProgrammeStatus = 'planned' | 'in_progress' | 'done' | 'suspended';

export interface ProgrammeRow {
  commune_insee: string;
  programme_id: string;
  name: string;
  description: string;
  function_code: string;
  quartier_id: number;
  building_id: string | null;
  street: string | null;
  lat: number;
  lon: number;
  ap_amount_eur: number;
  start_date: string;
  planned_end_date: string;
  expected_end_date: string;
  status: ProgrammeStatus;
  import_id: null;
  /** First vote of the AP, before revisions (migration 0011). */
  ap_initial_eur: number;
}

export interface ProgrammeCreditRow {
  commune_insee: string;
  programme_id: string;
  year: number;
  cp_planned_eur: number;
  cp_executed_eur: number;
  import_id: null;
}

export interface PremisesRow {
  commune_insee: string;
  premises_id: string;
  address: string;
  street: string;
  quartier_id: number;
  lat: number;
  lon: number;
  surface_m2: number;
  ground_floor: boolean;
  import_id: null;
}

export type PremisesStatus = 'occupied' | 'vacant' | 'works' | 'closed';

export interface PremisesStatusRow {
  commune_insee: string;
  premises_id: string;
  valid_from: string;
  status: PremisesStatus;
  activity: string | null;
  import_id: null;
}

export type SiteKind = 'pedestrian' | 'bike' | 'car' | 'facility';

export interface CountingSiteRow {
  commune_insee: string;
  site_id: string;
  name: string;
  kind: SiteKind;
  street: string;
  zone: string;
  quartier_id: number;
  building_id: string | null;
  lat: number;
  lon: number;
  installed_on: string;
  import_id: null;
}

export interface CountHourlyRow {
  commune_insee: string;
  site_id: string;
  hour: string;
  count: number | null;
  status: 'ok' | 'fault';
  import_id: null;
}

export type InterventionKind = 'works' | 'event' | 'bike_lane' | 'other';

export interface InterventionRow {
  commune_insee: string;
  intervention_id: string;
  name: string;
  kind: InterventionKind;
  street: string | null;
  quartier_id: number | null;
  start_date: string;
  end_date: string;
  site_ids: string[];
  import_id: null;
}
