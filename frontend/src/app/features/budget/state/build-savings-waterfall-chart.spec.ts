import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildSavingsWaterfall } from './build-savings-waterfall-chart';

describe('the savings waterfall', () => {
  it('steps from operating revenue down to net savings, each step as a table row', () => {
    const chart = buildSavingsWaterfall(HEALTH_FIXTURE[1], 'fr');

    expect(chart.rows).toEqual([
      { step: 'Recettes réelles de fonctionnement', amount: 160e6 },
      { step: 'Dépenses de gestion', amount: -144.5e6 },
      { step: 'Épargne de gestion', amount: 15.5e6 },
      { step: 'Intérêts de la dette', amount: -3.5e6 },
      { step: 'Épargne brute', amount: 12e6 },
      { step: 'Remboursement du capital', amount: -10e6 },
      { step: 'Épargne nette', amount: 2e6 },
    ]);
    const [series] = chart.options.series as { data: number[][] }[];
    expect(series.data[1]).withContext('a step floats between two totals').toEqual([1, 15.5e6, 160e6]);
    expect(chart.summary).toBe(
      "En 2024, sur 160 M€ de recettes réelles de fonctionnement, il reste 12 M€ d'épargne brute (7,5 %) et 2 M€ d'épargne nette après 10 M€ de remboursement du capital de la dette.",
    );
  });
});
