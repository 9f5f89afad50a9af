import { QuartierCollection, QuartierSummary } from './quartier-summary';

/** Test data: two small Lille quartiers (squares, not their real shapes) and their 2025 figures. */
function square(lng: number): QuartierCollection['features'][number]['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng, 50.6],
        [lng + 0.02, 50.6],
        [lng + 0.02, 50.62],
        [lng, 50.62],
        [lng, 50.6],
      ],
    ],
  };
}

export const QUARTIERS_FIXTURE: QuartierCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 1, name: 'Wazemmes', population: 25000, synthetic: true },
      geometry: square(3.04),
    },
    {
      type: 'Feature',
      properties: { id: 2, name: 'Fives', population: 20000, synthetic: true },
      geometry: square(3.08),
    },
  ],
};

export const QUARTIER_SUMMARIES_FIXTURE: QuartierSummary[] = [
  {
    quartier_id: 1,
    quartier: 'Wazemmes',
    population: 25000,
    buildings: 14,
    fluids_cost_eur: 820000,
    investment_eur: 9_000_000,
    investment_per_inhabitant_eur: 360,
    premises: 410,
    vacant_premises: 37,
    vacancy_rate: 0.09,
    footfall: 1_200_000,
  },
  {
    quartier_id: 2,
    quartier: 'Fives',
    population: 20000,
    buildings: 9,
    fluids_cost_eur: 510000,
    investment_eur: 2_400_000,
    investment_per_inhabitant_eur: 120,
    premises: 230,
    vacant_premises: 32,
    vacancy_rate: 0.14,
    footfall: 640_000,
  },
];
