/**
 * The building types the database accepts: the check constraints on `buildings.type` (migration 0001) and
 * `fluid_alert_rules.building_type` (migration 0020) allow exactly these values. The one TypeScript list: imports,
 * API schemas and the demo read it; `building-types.spec.ts` compares it with the constraints of a migrated database,
 * so a migration that changes the types fails that test until this list follows.
 */
export const buildingTypes = [
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
] as const;

export type BuildingType = (typeof buildingTypes)[number];
