import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ApiResponse, ApiRow } from '../../api';

/** A quartier's figures for a year, as `GET /api/v1/quartiers/summary?commune=&year=` returns them. */
export type QuartierSummary = ApiRow<'getQuartiersSummary'>;

/**
 * A quartier's properties in `GET /api/v1/communes/:insee/quartiers`: id, name, population, and `synthetic` (true for
 * demonstration quartiers drawn by the generator, not official boundaries).
 */
export type QuartierProperties = ApiResponse<'getCommunesByInseeQuartiers'>['features'][number]['properties'];

/**
 * `GET /api/v1/communes/:insee/quartiers`. The contract says a geometry is GeoJSON without describing it: the map
 * reads it as the polygons the quartiers import accepts.
 */
export type QuartierCollection = FeatureCollection<Polygon | MultiPolygon, QuartierProperties>;
