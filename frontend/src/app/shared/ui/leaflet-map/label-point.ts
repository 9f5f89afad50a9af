import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = readonly Position[];

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

function inRing(point: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: Position, rings: readonly Ring[]): boolean {
  return inRing(point, rings[0]) && !rings.slice(1).some((hole) => inRing(point, hole));
}

/**
 * Where to write an area's name: the centroid of its largest part when it falls inside, else the point of a 12×12
 * grid inside the shape nearest to that centroid (a crescent's centroid lies outside it). [lng, lat].
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = [...parts].sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])))[0];
  const outer = rings[0];
  let cx = 0;
  let cy = 0;
  const area = ringArea(outer);
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const cross = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
    cx += (outer[j][0] + outer[i][0]) * cross;
    cy += (outer[j][1] + outer[i][1]) * cross;
  }
  const centroid: [number, number] = area === 0 ? [outer[0][0], outer[0][1]] : [cx / (6 * area), cy / (6 * area)];
  if (inPolygon(centroid, rings)) return centroid;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] = [outer[0][0], outer[0][1]];
  let bestDistance = Infinity;
  // cell centres, so that no point falls on an edge that runs along the grid
  for (let i = 0; i < 12; i++)
    for (let j = 0; j < 12; j++) {
      const point: [number, number] = [
        minX + ((maxX - minX) * (i + 0.5)) / 12,
        minY + ((maxY - minY) * (j + 0.5)) / 12,
      ];
      const distance = (point[0] - centroid[0]) ** 2 + (point[1] - centroid[1]) ** 2;
      if (distance < bestDistance && inPolygon(point, rings)) [best, bestDistance] = [point, distance];
    }
  return best;
}
