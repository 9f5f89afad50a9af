import type { ApiBody, ApiResponse, ApiRow } from '../../../api';

/**
 * Rows of the fluids API (`/api/v1/fluids/...`): the types generated from its contract (frontend/src/app/api), so a
 * field the API renames or makes nullable fails to compile where it is read.
 */

/** GET /fluids/commune-years: one fluid and year of the whole commune ('energy': the energy fluids; 'all': the bill). */
export type CommuneYearRow = ApiRow<'getFluidsCommuneYears'>;

/** GET /fluids/commune-months: one fluid and month of the whole commune. */
export type CommuneMonthRow = ApiRow<'getFluidsCommuneMonths'>;

/** GET /fluids/buildings: a building's balance of a year, all fluids (`quartier` and the open alerts: this list only). */
export type BuildingBalanceRow = ApiRow<'getFluidsBuildings'>;

/** GET /fluids/alerts: one alert episode. */
export type AlertRow = ApiRow<'getFluidsAlerts'>;

/** GET /fluids/buildings/:id */
export type BuildingDetail = ApiResponse<'getFluidsBuildingsByBuilding'>;
export type BuildingIdentity = BuildingDetail['building'];
/** One fluid and year of one building. */
export type BuildingYearRow = BuildingDetail['years'][number];

/** GET /fluids/buildings/:id/months: one fluid and month of one building. */
export type BuildingMonthRow = ApiRow<'getFluidsBuildingsByBuildingMonths'>;

/** GET /fluids/trajectory and /fluids/buildings/:id/trajectory */
export type TrajectoryRow = ApiRow<'getFluidsTrajectory'>;

/** GET /fluids/quality */
export type QualityRow = ApiRow<'getFluidsQuality'>;

/** GET /fluids/alert-rules */
export type AlertRuleRow = ApiRow<'getFluidsAlertRules'>;

/** POST /fluids/alert-rules */
export type NewAlertRule = ApiBody<'postFluidsAlertRules'>;

/** GET /fluids/building-types (public): the buildings of one type together, per fluid group and year. */
export type TypeYearRow = ApiRow<'getFluidsBuildingTypes'>;

/** GET /fluids/commune-trajectory (public): the décret tertiaire trajectory of the commune's buildings together. */
export type CommuneTrajectoryRow = ApiRow<'getFluidsCommuneTrajectory'>;

export type Fluid = CommuneMonthRow['fluid'];
export type AlertFluid = AlertRow['fluid'];
export type AlertKind = AlertRow['kind'];
export type QualityFlag = QualityRow['quality_flags'][number];
export type TrajectoryStatus = NonNullable<TrajectoryRow['status']>;
export type BuildingType = BuildingBalanceRow['type'];

export const FLUIDS: readonly Fluid[] = ['electricity', 'gas', 'heat', 'fuel_oil', 'water'];
export const ALERT_KINDS: readonly AlertKind[] = ['trajectory', 'leak', 'step', 'anomaly', 'rule', 'missing_readings'];
export const BUILDING_TYPES = [
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
] as const satisfies readonly BuildingType[];
// the list is the API's whole enum: a building type the back end adds fails to compile here until it is listed
const _everyTypeListed: readonly (typeof BUILDING_TYPES)[number][] = [] as BuildingType[];
