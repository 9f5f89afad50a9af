import proj4 from 'proj4';

/** Lambert-93 (EPSG:2154), the projection of most French geographic files. */
proj4.defs(
  'EPSG:2154',
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
);

type Position = number[];
export type PolygonGeometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** True when the file says it is Lambert-93, or when its coordinates are metres rather than degrees. */
export function looksLambert93(crsName: string | undefined, sample: Position | undefined): boolean {
  if (crsName && /2154/.test(crsName)) return true;
  if (crsName && /(4326|CRS84)/i.test(crsName)) return false;
  return sample !== undefined && (Math.abs(sample[0]) > 180 || Math.abs(sample[1]) > 90);
}

const toWgs84 = proj4('EPSG:2154', 'EPSG:4326');

/** Reprojects a polygon from Lambert-93 to WGS84 (lon, lat), rounded to about 10 cm. */
export function lambert93ToWgs84(geometry: PolygonGeometry): PolygonGeometry {
  const point = (p: Position) => toWgs84.forward([p[0], p[1]]).map((v) => Math.round(v * 1e6) / 1e6);
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(point)) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(point))) };
}

export function firstPosition(geometry: PolygonGeometry): Position | undefined {
  return geometry.type === 'Polygon' ? geometry.coordinates[0]?.[0] : geometry.coordinates[0]?.[0]?.[0];
}
