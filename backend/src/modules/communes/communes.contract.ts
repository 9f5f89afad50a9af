import { anyJson, arrayOf, bool, int, num, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { communeParams, summaryQuery } from './communes.schemas';

const commune = {
  insee_code: str('INSEE code'),
  name: str(),
  population: int('null when the communes file gave none (its column is optional)', true),
  is_demo: bool(),
};
/** A quartier as GeoJSON: its row's columns as properties, its outline as the geometry. */
const quartierFeature = object({
  type: oneOf(['Feature']),
  id: int(),
  properties: object({
    id: int(),
    name: str(),
    population: int(undefined, true),
    synthetic: bool('Drawn by the demo generator, not an official boundary'),
  }),
  geometry: anyJson('GeoJSON Polygon or MultiPolygon, WGS84'),
});

export const communesContract: Contract = {
  '/communes': {
    get: op({
      id: 'getCommunes',
      tag: 'Communes',
      summary: 'Communes loaded, largest first',
      access: 'public',
      responseDescription: 'Communes',
      response: arrayOf(object(commune)),
    }),
  },
  '/communes/{insee}': {
    get: op({
      id: 'getCommunesByInsee',
      tag: 'Communes',
      summary: 'One commune with its contour (GeoJSON geometry, WGS84)',
      access: 'public',
      path: communeParams,
      docs: { insee: 'INSEE code' },
      responseDescription: 'Commune',
      response: object({ ...commune, geometry: anyJson() }),
    }),
  },
  '/communes/{insee}/quartiers': {
    get: op({
      id: 'getCommunesByInseeQuartiers',
      tag: 'Communes',
      summary: "The commune's quartiers as a GeoJSON FeatureCollection (WGS84)",
      access: 'public',
      path: communeParams,
      docs: { insee: 'INSEE code' },
      responseDescription: 'FeatureCollection with properties id, name, population, synthetic',
      response: object({ type: oneOf(['FeatureCollection']), features: arrayOf(quartierFeature) }),
    }),
  },
  '/quartiers/summary': {
    get: op({
      id: 'getQuartiersSummary',
      tag: 'Communes',
      summary: 'Figures per quartier for a year (view kpi_quartier_year_summary)',
      access: 'public',
      query: summaryQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
      },
      responseDescription: 'One row per quartier',
      response: arrayOf(
        object({
          quartier_id: int(),
          quartier: str(),
          population: int(undefined, true),
          buildings: int(),
          fluids_cost_eur: num('Fluids bill of its buildings, EUR TTC'),
          investment_eur: num('Payment credits executed on programmes located there'),
          investment_per_inhabitant_eur: num(undefined, true),
          premises: int('Active shop premises on 31/12'),
          vacant_premises: int(),
          vacancy_rate: num('Fraction 0..1', true),
          footfall: num('Pedestrian counts'),
        }),
      ),
    }),
  },
};
