import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type AreaId = number | string;

/** What the map needs on each area; quartiers also carry population and a `synthetic` flag. */
export interface AreaProperties {
  id: AreaId;
  name: string;
  [key: string]: unknown;
}

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

/** A point on the map (a building, a counter), drawn as a circle, never as a PNG marker. */
export interface MapMarker {
  id: AreaId;
  lat: number;
  lng: number;
  label: string;
  /** Fill colour of the circle (default orange); the label must say in words what the colour says. */
  color?: string;
  /** Radius of the circle in pixels (default 7); smaller for dense layers such as shop premises. */
  radius?: number;
}

/** One line of a map's legend for its points: a circle of this colour (and size) means this. */
export interface MarkerLegendEntry {
  color: string;
  label: string;
  radius?: number;
}
