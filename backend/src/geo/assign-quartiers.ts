import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Knex } from 'knex';
import type { PolygonGeometry } from './reproject';

/** Tables whose rows have coordinates and a quartier, with the column that names a row within its commune. */
const located = {
  buildings: 'building_id',
  premises: 'premises_id',
  counting_sites: 'site_id',
  programmes: 'programme_id',
} as const;

/**
 * Sets quartier_id from the coordinates of every located row of a commune (point in polygon), after its quartiers
 * changed. Rows outside every quartier keep no quartier. One update per table. Returns how many rows changed.
 */
export async function assignQuartiers(trx: Knex.Transaction, commune: string): Promise<number> {
  const quartiers = (await trx('quartiers').where({ commune_insee: commune }).select('id', 'geometry')) as {
    id: number;
    geometry: PolygonGeometry;
  }[];
  let changed = 0;
  for (const [table, idColumn] of Object.entries(located)) {
    const rows = (await trx(table)
      .where({ commune_insee: commune })
      .whereNotNull('lat')
      .whereNotNull('lon')
      .select({ id: idColumn }, 'lat', 'lon', 'quartier_id')) as {
      id: string;
      lat: number;
      lon: number;
      quartier_id: number | null;
    }[];
    const moves = rows
      .map((row) => ({ id: row.id, from: row.quartier_id, quartier_id: quartierAt(quartiers, row.lon, row.lat) }))
      .filter((move) => move.quartier_id !== move.from)
      .map(({ id, quartier_id }) => ({ id, quartier_id }));
    if (moves.length === 0) continue;
    await trx.raw(
      `update ?? as t set quartier_id = m.quartier_id
         from jsonb_to_recordset(?::jsonb) as m(id text, quartier_id bigint)
        where t.commune_insee = ? and t.?? = m.id`,
      [table, JSON.stringify(moves), commune, idColumn],
    );
    changed += moves.length;
  }
  return changed;
}

/**
 * The quartier containing a point, among already loaded polygons. Each polygon's bounding box is computed once and
 * tried first: a commune's thousands of premises are placed without walking every quartier's rings for each.
 */
export function quartierAt(
  quartiers: { id: number; geometry: PolygonGeometry }[],
  lon: number,
  lat: number,
): number | null {
  for (const q of quartiers) {
    const [west, south, east, north] = boxOf(q.geometry);
    if (lon < west || lon > east || lat < south || lat > north) continue;
    if (booleanPointInPolygon([lon, lat], q.geometry)) return q.id;
  }
  return null;
}

const boxes = new WeakMap<PolygonGeometry, [number, number, number, number]>();

function boxOf(geometry: PolygonGeometry): [number, number, number, number] {
  let box = boxes.get(geometry);
  if (box) return box;
  box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons)
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  boxes.set(geometry, box);
  return box;
}
