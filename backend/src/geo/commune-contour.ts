import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Knex } from 'knex';
import type { PolygonGeometry } from './reproject';

type Position = number[];

/**
 * How far points and polygons stand outside a commune's contour, in metres. Distances are measured in a local plane
 * around the point (equirectangular: exact to a few metres at the scale of a commune), from the point to the
 * nearest edge of the contour; a point inside the contour is at 0.
 */

const METRES_PER_DEGREE_LAT = 111_195;

/** Metres from a point (lon, lat) to the contour when it lies outside, 0 when inside. */
export function distanceOutsideM(contour: PolygonGeometry, point: Position): number {
  if (booleanPointInPolygon(point, contour)) return 0;
  return distanceToEdgesM(contour, point);
}

/** True when the point is inside the contour or less than `toleranceM` metres outside it. */
export function isNearCommune(contour: PolygonGeometry, point: Position, toleranceM: number): boolean {
  return distanceOutsideM(contour, point) <= toleranceM;
}

export interface PolygonPlacement {
  /** Metres from the polygon's inner point to the contour (0 when it is inside the commune). */
  centreOutsideM: number;
  /** Metres of the polygon vertex farthest outside the contour (0 when every vertex is inside). */
  farthestOutsideM: number;
}

/**
 * Where a quartier polygon stands against the commune: its inner point (the centre of its largest ring's bounding
 * box when inside the ring, else a vertex) and its farthest vertex outside. Contours of two sources never match to
 * the metre, so callers compare these with a tolerance.
 */
export function placePolygon(contour: PolygonGeometry, polygon: PolygonGeometry): PolygonPlacement {
  const rings = polygon.type === 'Polygon' ? [polygon.coordinates[0]] : polygon.coordinates.map((p) => p[0]);
  let farthestOutsideM = 0;
  for (const ring of rings)
    for (const vertex of ring) farthestOutsideM = Math.max(farthestOutsideM, distanceOutsideM(contour, vertex));
  return { centreOutsideM: distanceOutsideM(contour, innerPoint(polygon)), farthestOutsideM };
}

/** A point inside the polygon: the middle of its largest ring's box when that is inside, else along a middle line. */
export function innerPoint(polygon: PolygonGeometry): Position {
  const rings = polygon.type === 'Polygon' ? [polygon.coordinates[0]] : polygon.coordinates.map((p) => p[0]);
  const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const xs = largest.map((p) => p[0]);
  const ys = largest.map((p) => p[1]);
  const middle = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  if (booleanPointInPolygon(middle, polygon)) return middle;
  // scan the horizontal line through the middle: the midpoint of the widest span inside the polygon
  const crossings: number[] = [];
  for (let i = 1; i < largest.length; i++) {
    const [a, b] = [largest[i - 1], largest[i]];
    if (a[1] > middle[1] !== b[1] > middle[1])
      crossings.push(a[0] + ((middle[1] - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
  }
  crossings.sort((a, b) => a - b);
  let best: Position = largest[0];
  let width = -1;
  for (let i = 1; i < crossings.length; i += 2) {
    if (crossings[i] - crossings[i - 1] > width) {
      width = crossings[i] - crossings[i - 1];
      best = [(crossings[i] + crossings[i - 1]) / 2, middle[1]];
    }
  }
  return best;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum / 2);
}

function distanceToEdgesM(contour: PolygonGeometry, point: Position): number {
  const kx = METRES_PER_DEGREE_LAT * Math.cos((point[1] * Math.PI) / 180);
  const ky = METRES_PER_DEGREE_LAT;
  const rings = contour.type === 'Polygon' ? contour.coordinates : contour.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1][0] - point[0]) * kx;
      const ay = (ring[i - 1][1] - point[1]) * ky;
      const bx = (ring[i][0] - point[0]) * kx;
      const by = (ring[i][1] - point[1]) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** "850 m" or "2,3 km", as a colleague would write a distance. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${(metres / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;
}

/** Metres a located row (building, counting site) may stand outside its commune's contour. */
export const POINT_TOLERANCE_M = 2000;

export interface CommuneOutline {
  insee: string;
  name: string;
  /** WGS84 contour, or null when the commune has none (then nothing can be checked). */
  contour: PolygonGeometry | null;
}

/** The commune's name and contour, as the checks below need them. */
export async function loadCommuneOutline(db: Knex, insee: string): Promise<CommuneOutline> {
  const row = (await db('communes').where({ insee_code: insee }).first('name', 'geometry')) as
    { name: string; geometry: PolygonGeometry | null } | undefined;
  return { insee, name: row?.name ?? insee, contour: row?.geometry ?? null };
}

/**
 * The reason to refuse a point that lies more than `toleranceM` outside the commune ("à 12 km de Lille…"), or
 * undefined when it is inside, near enough, or when the commune has no contour. `what` names the row: "bâtiment".
 */
export function farFromCommune(
  outline: CommuneOutline,
  lon: number,
  lat: number,
  what: string,
  toleranceM = POINT_TOLERANCE_M,
): string | undefined {
  if (!outline.contour) return undefined;
  const outside = distanceOutsideM(outline.contour, [lon, lat]);
  if (outside <= toleranceM) return undefined;
  return (
    `${what} à ${formatDistance(outside)} hors de ${outline.name} (tolérance ${formatDistance(toleranceM)}) : ` +
    `coordonnées d'une autre commune, ou latitude et longitude inversées ?`
  );
}
