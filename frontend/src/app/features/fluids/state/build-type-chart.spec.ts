import { plainSpaces } from '../../../core/i18n/format-value';
import { TypeYearRow } from '../data-access/fluids-rows';
import { buildTypeChart } from './build-type-chart';

const row = (over: Partial<TypeYearRow>): TypeYearRow => ({
  type: 'school',
  fluid_group: 'energy',
  unit: 'kWh',
  year: 2024,
  buildings: 2,
  heated_area_m2: 4000,
  quantity: 300_000,
  corrected_quantity: 300_000,
  amount_eur: 70_000,
  quantity_per_m2: 75,
  amount_per_m2_eur: 17.5,
  complete: true,
  ...over,
});

// the fixture of sql/views/20_kpi/kpi_fluids_type_year.spec.ts, as the API gives it for 2024
const ROWS: TypeYearRow[] = [
  row({
    type: 'gym',
    fluid_group: 'all',
    unit: null,
    buildings: 1,
    heated_area_m2: null,
    quantity: null,
    corrected_quantity: null,
    amount_eur: 10_000,
    quantity_per_m2: null,
    amount_per_m2_eur: null,
  }),
  row({
    type: 'gym',
    buildings: 1,
    heated_area_m2: null,
    quantity: 50_000,
    corrected_quantity: 50_000,
    amount_eur: 10_000,
    quantity_per_m2: null,
    amount_per_m2_eur: null,
  }),
  row({
    type: 'school',
    fluid_group: 'all',
    unit: null,
    quantity: null,
    corrected_quantity: null,
    amount_eur: 72_000,
    quantity_per_m2: null,
    amount_per_m2_eur: 18,
  }),
  row({}),
  row({
    type: 'school',
    fluid_group: 'water',
    unit: 'm3',
    buildings: 1,
    heated_area_m2: 1000,
    quantity: 500,
    corrected_quantity: 500,
    amount_eur: 2000,
    quantity_per_m2: 0.5,
    amount_per_m2_eur: 2,
  }),
  row({ type: 'pool', year: 2023, quantity_per_m2: 600 }),
];

describe('buildTypeChart', () => {
  it('ranks the types of building by energy per m², leaving out those without a known area', () => {
    const chart = buildTypeChart(ROWS, 2024, 'fr');
    const names = (chart.options.yAxis as { data: string[] }).data;

    expect(names).toEqual(['École']);
    expect(chart.rows.map((r) => [r['type'], r['intensity'], r['cost'], r['water'], r['buildings']])).toEqual([
      ['École', 75, 72_000, 500, 2],
      ['Équipement sportif', null, 10_000, null, 1],
    ]);
  });

  it('compares the most and the least consuming types in a sentence, with the whole bill', () => {
    const withPool = [
      ...ROWS,
      row({ type: 'pool', quantity_per_m2: 600, amount_eur: 90_000 }),
      row({ type: 'pool', fluid_group: 'all', unit: null, amount_eur: 95_000 }),
    ];
    const chart = buildTypeChart(withPool, 2024, 'fr');

    expect(plainSpaces(chart.summary)).toBe(
      'En 2024, les bâtiments de type « Piscine » consomment le plus d’énergie par m² chauffé (600 kWh/m², corrigée du climat) et ceux de type « École » le moins (75 kWh/m²). Tous types confondus, la facture de fluides s’élève à 177 k€.',
    );
  });
});
