import { arrayOf, bool, communeParam, get, int, jsonResponse, num, object, pathParam, str, yearParam } from '../../openapi/helpers';

const commune = { insee_code: str('INSEE code'), name: str(), population: int(), is_demo: bool() };

export const communesOpenApi = {
  '/communes': get('Communes', 'Communes loaded, largest first', [], jsonResponse('Communes', arrayOf(object(commune)))),
  '/communes/{insee}': get('Communes', 'One commune with its contour (GeoJSON geometry, WGS84)',
    [pathParam('insee', 'INSEE code')], jsonResponse('Commune', object({ ...commune, geometry: { type: 'object' } }))),
  '/communes/{insee}/quartiers': get('Communes', "The commune's quartiers as a GeoJSON FeatureCollection (WGS84)",
    [pathParam('insee', 'INSEE code')], jsonResponse('FeatureCollection with properties id, name, population, synthetic',
      { type: 'object' })),
  '/quartiers/summary': get('Communes', 'Figures per quartier for a year (view kpi_quartier_year_summary)',
    [communeParam, yearParam()], jsonResponse('One row per quartier', arrayOf(object({
      quartier_id: int(), quartier: str(), population: num(undefined, true), buildings: int(),
      fluids_cost_eur: num('Fluids bill of its buildings, EUR TTC'),
      investment_eur: num('Payment credits executed on programmes located there'),
      investment_per_inhabitant_eur: num(undefined, true), premises: int('Active shop premises on 31/12'),
      vacant_premises: int(), vacancy_rate: num('Fraction 0..1', true), footfall: num('Pedestrian counts'),
    })))),
};
