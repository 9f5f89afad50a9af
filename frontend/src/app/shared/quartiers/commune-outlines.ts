import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { AreaCollection } from '../ui/leaflet-map/map-area';
import { QuartierCollection } from './quartier-summary';

/**
 * The outlines a map of points draws underneath, so that a map without base tiles still says where things are: the
 * commune's contour (property kind "commune", drawn bold) and its quartiers (kind "quartier", named on the map).
 */
export function communeOutlines(
  commune: { insee_code: string; name: string; geometry: Geometry | null },
  quartiers: QuartierCollection | null,
): AreaCollection {
  const contour =
    commune.geometry && (commune.geometry.type === 'Polygon' || commune.geometry.type === 'MultiPolygon')
      ? [
          {
            type: 'Feature' as const,
            properties: { id: `commune-${commune.insee_code}`, name: commune.name, kind: 'commune' },
            geometry: commune.geometry as Polygon | MultiPolygon,
          },
        ]
      : [];
  return {
    type: 'FeatureCollection',
    features: [
      ...(quartiers?.features ?? []).map((feature) => ({
        ...feature,
        properties: { ...feature.properties, kind: 'quartier' },
      })),
      ...contour,
    ],
  };
}
