import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A quartier's figures for a year, as `GET /api/v1/quartiers/summary?commune=&year=` returns them. */
export interface QuartierSummary {
  quartier_id: number;
  quartier: string;
  population: number | null;
  buildings: number;
  fluids_cost_eur: number;
  investment_eur: number;
  investment_per_inhabitant_eur: number | null;
  premises: number;
  vacant_premises: number;
  vacancy_rate: number | null;
  footfall: number;
}

export interface QuartierProperties {
  id: number;
  name: string;
  population: number | null;
  /** True for demonstration quartiers drawn by the generator, not official boundaries. */
  synthetic: boolean;
  [key: string]: unknown;
}

/** `GET /api/v1/communes/:insee/quartiers`. */
export type QuartierCollection = FeatureCollection<Polygon | MultiPolygon, QuartierProperties>;
