// The demo's quartiers as unions of real IRIS. IRIS come grouped in INSEE "grands quartiers" (the first 7 digits of
// the IRIS code); each grand quartier goes whole to the nearest approximate quartier centre of its commune, and a
// quartier is the union of its IRIS. For Lille the 10 grands quartiers plus Hellemmes's and Lomme's fall one by one
// on its 12 quartiers; the assignment stays approximate (the official quartier of an IRIS is not in the open data at
// hand), the boundaries are real, street-aligned IRIS edges.
import area from '@turf/area';
import simplify from '@turf/simplify';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { innerPoint } from '../geo/commune-contour';

export interface IrisFeature {
  properties: { code_iris: string; insee_com: string; nom_iris?: string };
  geometry: Polygon | MultiPolygon;
}

export interface QuartierCentre {
  name: string;
  lon: number;
  lat: number;
}

export interface IrisQuartier {
  name: string;
  /** IRIS codes of the quartier, sorted. */
  iris: string[];
  geometry: Polygon | MultiPolygon;
}

/** Metres between two points near Lille (a local plane is exact enough for choosing the nearest centre). */
function metres(a: Position, b: Position): number {
  const kx = 111_195 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 111_195);
}

/**
 * Lille's communes associées keep their own grands quartiers in the IRIS numbering: 24 to 26 are Hellemmes (IRIS
 * L'Épine-Mont de Terre, Centre, Les Sarts) and 27 to 30 Lomme (Bourg-Délivrance, Mitterie, Mont-à-Camp-Marais, Sud
 * Marais). They go to their commune associée whatever the nearest approximate centre.
 */
export const LILLE_ASSOCIATED: Record<string, string> = {
  '5935024': 'Hellemmes',
  '5935025': 'Hellemmes',
  '5935026': 'Hellemmes',
  '5935027': 'Lomme',
  '5935028': 'Lomme',
  '5935029': 'Lomme',
  '5935030': 'Lomme',
};

/**
 * Each IRIS of the commune to the nearest centre, a grand quartier at a time: the distance is taken from the
 * area-weighted mean of the inner points of the grand quartier's IRIS.
 */
export function assignIris(
  iris: IrisFeature[],
  commune: string,
  centres: QuartierCentre[],
  fixed: Record<string, string> = {},
): Map<string, string[]> {
  const byQuartier = new Map<string, string[]>(centres.map((c) => [c.name, []]));
  const groups = new Map<string, IrisFeature[]>();
  for (const feature of iris.filter((f) => f.properties.insee_com === commune)) {
    const key = feature.properties.code_iris.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), feature]);
  }
  for (const [key, members] of groups) {
    if (fixed[key]) {
      byQuartier.get(fixed[key])!.push(...members.map((m) => m.properties.code_iris));
      continue;
    }
    let [x, y, weight] = [0, 0, 0];
    for (const member of members) {
      const [px, py] = innerPoint(member.geometry);
      const w = area(member.geometry);
      [x, y, weight] = [x + px * w, y + py * w, weight + w];
    }
    const at = [x / weight, y / weight];
    const nearest = centres.reduce((best, c) =>
      metres(at, [c.lon, c.lat]) < metres(at, [best.lon, best.lat]) ? c : best,
    );
    byQuartier.get(nearest.name)!.push(...members.map((m) => m.properties.code_iris));
  }
  for (const codes of byQuartier.values()) codes.sort();
  return byQuartier;
}

/**
 * The quartiers of a commune as unions of its IRIS, simplified to about `toleranceDeg` (1e-5 degree is about 1 m)
 * and rounded to 6 decimals. A centre that gets no IRIS is an error: the demo needs every quartier.
 */
export function quartiersFromIris(
  iris: IrisFeature[],
  commune: string,
  centres: QuartierCentre[],
  fixed: Record<string, string> = {},
  toleranceDeg = 0.00003,
): IrisQuartier[] {
  const assignment = assignIris(iris, commune, centres, fixed);
  const byCode = new Map(iris.map((f) => [f.properties.code_iris, f]));
  return centres.map(({ name }) => {
    const codes = assignment.get(name)!;
    if (codes.length === 0) throw new Error(`demo quartiers: no IRIS is nearest to the centre of ${commune}/${name}`);
    const parts = codes.map((code) => toFeature(byCode.get(code)!.geometry));
    const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
    if (!merged) throw new Error(`demo quartiers: empty union for ${commune}/${name}`);
    const simple = simplify(merged, { tolerance: toleranceDeg, highQuality: true });
    return { name, iris: codes, geometry: round6(simple.geometry) };
  });
}

function toFeature(geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  return geometry.type === 'Polygon' ? polygon(geometry.coordinates) : multiPolygon(geometry.coordinates);
}

function round6<G extends Polygon | MultiPolygon>(geometry: G): G {
  const r = (p: Position) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  const ring = (positions: Position[]) =>
    positions.map(r).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) } as G;
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) } as G;
}
