import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Knex } from 'knex';
import type { PolygonGeometry } from './reproject';

/** Tables whose rows have coordinates and a quartier. */
const located = ['buildings', 'premises', 'counting_sites', 'programmes'] as const;

/**
 * Sets quartier_id from the coordinates of every located row of a commune (point in polygon), after its quartiers
 * changed. Rows outside every quartier keep no quartier. Returns how many rows changed.
 */
export async function assignQuartiers(trx: Knex.Transaction, commune: string): Promise<number> {
  const quartiers = (await trx('quartiers').where({ commune_insee: commune }).select('id', 'geometry')) as
    { id: number; geometry: PolygonGeometry }[];
  let changed = 0;
  for (const table of located) {
    const rows = await trx(table).where({ commune_insee: commune }).whereNotNull('lat').whereNotNull('lon').select('*');
    for (const row of rows) {
      const hit = quartiers.find((q) => booleanPointInPolygon([row.lon, row.lat], q.geometry));
      const quartierId = hit?.id ?? null;
      if (quartierId === row.quartier_id) continue;
      const key = Object.fromEntries(primaryKey[table].map((c) => [c, row[c]]));
      await trx(table).where(key).update({ quartier_id: quartierId });
      changed++;
    }
  }
  return changed;
}

const primaryKey: Record<(typeof located)[number], string[]> = {
  buildings: ['commune_insee', 'building_id'],
  premises: ['commune_insee', 'premises_id'],
  counting_sites: ['commune_insee', 'site_id'],
  programmes: ['commune_insee', 'programme_id'],
};

/** The quartier containing a point, among already loaded polygons. */
export function quartierAt(quartiers: { id: number; geometry: PolygonGeometry }[], lon: number, lat: number): number | null {
  return quartiers.find((q) => booleanPointInPolygon([lon, lat], q.geometry))?.id ?? null;
}
