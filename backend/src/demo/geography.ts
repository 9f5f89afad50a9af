// Communes and quartiers of the demo. Commune shapes are real (IGN Admin Express, see data/communes.json).
// Quartier shapes are unions of real IRIS (IGN, INSEE, MEL; data/quartiers-iris.json): each IRIS went to the nearest
// approximate quartier centre, so the boundaries are real but the assignment of IRIS to quartiers is approximate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import { point } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { repoRoot } from '../config/env';
import { innerPoint } from '../geo/commune-contour';
import type { Rng } from './random.ts';

export const WEATHER_STATION = 'LILLE-LESQUIN';

export type CommuneCode = 'LIL' | 'RBX' | 'TCG' | 'MCQ';

export interface CommuneSpec {
  insee: string;
  name: string;
  siren: string | null;
  population: number;
  /** Prefix of the demo identifiers (building_id, site_id, premises_id). */
  code: CommuneCode;
  postcode: string;
}

/** Lille and its three partner communes. SIRENs are the communes' own (21 + INSEE code + Luhn key). */
export const COMMUNES: readonly CommuneSpec[] = [
  {
    insee: '59350',
    name: 'Lille',
    siren: '215903501',
    population: 236_234,
    code: 'LIL',
    postcode: '59000',
  },
  {
    insee: '59512',
    name: 'Roubaix',
    siren: '215905126',
    population: 98_089,
    code: 'RBX',
    postcode: '59100',
  },
  {
    insee: '59599',
    name: 'Tourcoing',
    siren: '215905993',
    population: 98_656,
    code: 'TCG',
    postcode: '59200',
  },
  {
    insee: '59378',
    name: 'Marcq-en-Barœul',
    siren: '215903782',
    population: 39_474,
    code: 'MCQ',
    postcode: '59700',
  },
];

/** Postcodes of Lille's quartiers (Lomme and Hellemmes keep their own). */
const LILLE_POSTCODES: Record<string, string> = {
  'Vieux-Lille': '59800',
  Centre: '59800',
  Fives: '59800',
  'Saint-Maurice Pellevoisin': '59800',
  Lomme: '59160',
  Hellemmes: '59260',
};

export interface Quartier {
  /** Provisional id (1..n); the loader maps it to the bigserial id. */
  id: number;
  communeInsee: string;
  name: string;
  population: number;
  centre: [lon: number, lat: number];
  geometry: Polygon | MultiPolygon;
  postcode: string;
}

export interface CommuneArea {
  spec: CommuneSpec;
  geometry: Polygon | MultiPolygon;
  quartiers: Quartier[];
}

export interface Geography {
  communes: CommuneArea[];
  quartiers: Quartier[];
  commune(code: CommuneCode): CommuneArea;
  quartier(code: CommuneCode, name: string): Quartier;
}

export interface CentreSeed {
  name: string;
  lat: number;
  lon: number;
  population: number;
}

// from the repository root, so the compiled bundle (dist/backend) finds the files as the sources do
const dataFile = (name: string) => path.join(repoRoot, 'backend', 'src', 'demo', 'data', name);

function readLilleCentres(): CentreSeed[] {
  const lines = readFileSync(dataFile('quartiers-lille.csv'), 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [name, , lat, lon, population] = line.split(';');
    return { name, lat: Number(lat), lon: Number(lon), population: Number(population) };
  });
}

/**
 * Partner communes have no quartier file: Centre at the commune's centroid and four cardinal quartiers
 * halfway to the edge of the commune's bounding box, pulled back towards the centre until inside.
 */
const PARTNER_QUARTIERS: Record<Exclude<CommuneCode, 'LIL'>, string[]> = {
  RBX: ['Centre', 'Nord', 'Sud', 'Est', 'Ouest'],
  TCG: ['Centre', 'Nord', 'Sud', 'Est', 'Ouest'],
  MCQ: ['Centre', 'Nord', 'Sud', 'Ouest'],
};

function partnerCentres(spec: CommuneSpec, shape: Feature<Polygon | MultiPolygon>, names: string[]): CentreSeed[] {
  const [minX, minY, maxX, maxY] = bbox(shape);
  const [cx, cy] = centroid(shape).geometry.coordinates;
  const offsets: Record<string, [number, number]> = {
    Centre: [0, 0],
    Nord: [0, (maxY - cy) * 0.5],
    Sud: [0, (minY - cy) * 0.5],
    Est: [(maxX - cx) * 0.5, 0],
    Ouest: [(minX - cx) * 0.5, 0],
  };
  const share = (name: string) => (name === 'Centre' ? 0.28 : 0.72 / (names.length - 1));
  let remaining = spec.population;
  return names.map((name, i) => {
    let [dx, dy] = offsets[name];
    while (!booleanPointInPolygon(point([cx + dx, cy + dy]), shape)) {
      dx *= 0.8;
      dy *= 0.8;
    }
    const population = i === names.length - 1 ? remaining : Math.round((spec.population * share(name)) / 100) * 100;
    remaining -= population;
    return { name, lon: cx + dx, lat: cy + dy, population };
  });
}

/** The approximate quartier centres of a demo commune: Lille's from quartiers-lille.csv, the partners' derived. */
export function quartierCentres(spec: CommuneSpec, shape: Feature<Polygon | MultiPolygon>): CentreSeed[] {
  return spec.code === 'LIL' ? readLilleCentres() : partnerCentres(spec, shape, PARTNER_QUARTIERS[spec.code]);
}

/** The real commune contours of the demo (IGN Admin Express), by INSEE code. */
export function communeShapes(): Map<string, Feature<Polygon | MultiPolygon, { code: string; nom: string }>> {
  const collection = JSON.parse(readFileSync(dataFile('communes.json'), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon, { code: string; nom: string }>[];
  };
  return new Map(collection.features.map((f) => [f.properties.code, f]));
}

/** data/quartiers-iris.json: per commune, the demo quartiers as unions of IRIS (see iris-quartiers.ts). */
interface IrisQuartiersFile {
  communes: Record<string, { name: string; iris: string[]; geometry: Polygon | MultiPolygon }[]>;
}

let cached: Geography | null = null;

/** Builds communes and their quartiers once per process (pure: no randomness involved). */
export function buildGeography(): Geography {
  if (cached) return cached;
  const shapes = communeShapes();
  const irisQuartiers = JSON.parse(readFileSync(dataFile('quartiers-iris.json'), 'utf8')) as IrisQuartiersFile;
  let nextId = 1;
  const communes: CommuneArea[] = COMMUNES.map((spec) => {
    const shape = shapes.get(spec.insee);
    if (!shape) throw new Error(`demo geography: no contour for commune ${spec.insee}`);
    const centres = quartierCentres(spec, shape);
    const shapesOfQuartiers = irisQuartiers.communes[spec.insee] ?? [];
    const quartiers = centres.map<Quartier>((c) => {
      const geometry = shapesOfQuartiers.find((q) => q.name === c.name)?.geometry;
      if (!geometry) throw new Error(`demo geography: no IRIS shape for quartier ${spec.insee}/${c.name}`);
      const inside = booleanPointInPolygon(point([c.lon, c.lat]), geometry);
      return {
        id: nextId++,
        communeInsee: spec.insee,
        name: c.name,
        population: c.population,
        centre: inside ? [c.lon, c.lat] : (innerPoint(geometry) as [number, number]),
        geometry,
        postcode: (spec.code === 'LIL' && LILLE_POSTCODES[c.name]) || spec.postcode,
      };
    });
    return { spec, geometry: shape.geometry, quartiers };
  });
  const quartiers = communes.flatMap((c) => c.quartiers);
  cached = {
    communes,
    quartiers,
    commune: (code) => communes.find((c) => c.spec.code === code)!,
    quartier(code, name) {
      const q = communes.find((c) => c.spec.code === code)!.quartiers.find((x) => x.name === name);
      if (!q) throw new Error(`demo geography: unknown quartier ${code}/${name}`);
      return q;
    },
  };
  return cached;
}

export function isInside(quartier: Quartier, lon: number, lat: number): boolean {
  return booleanPointInPolygon(point([lon, lat]), quartier.geometry);
}

/**
 * A random point inside the quartier cell, drawn around its centre: `spread` = 1 covers the whole cell,
 * smaller values keep the point closer to the centre (a town hall, a high street).
 */
export function randomPointIn(quartier: Quartier, rng: Rng, spread = 1): [number, number] {
  const [minX, minY, maxX, maxY] = bbox(quartier.geometry);
  const [cx, cy] = quartier.centre;
  for (let attempt = 0; attempt < 200; attempt++) {
    const lon = cx + (rng.uniform(minX, maxX) - cx) * spread;
    const lat = cy + (rng.uniform(minY, maxY) - cy) * spread;
    if (isInside(quartier, lon, lat)) return [round6(lon), round6(lat)];
  }
  return [round6(cx), round6(cy)];
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Metres to degrees around Lille (50.6° N). */
export const DEG_PER_M_LAT = 1 / 111_200;
export const DEG_PER_M_LON = 1 / 70_600;
