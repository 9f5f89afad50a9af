import { BUDGET_KPIS_2024 } from '../data-access/budget-kpis.fixture';
import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildDebtCapacityTrend, buildSavingsTrend, buildSavingsWaterfall } from './build-health-charts';

describe('health charts', () => {
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

  it('draws the debt payback period against the commune’s ceiling and red line, and says the catalogue’s judgment', () => {
    const chart = buildDebtCapacityTrend(HEALTH_FIXTURE, BUDGET_KPIS_2024, 2024, 'fr');
    const [line] = chart.options.series as { markLine: { data: { yAxis: number }[] } }[];

    expect(line.markLine.data.map((d) => d.yAxis)).toEqual([12, 15]);
    expect(chart.summary).toBe(
      'La capacité de désendettement passe de 9,3 ans en 2023 à 12,5 ans en 2024, au-dessus du plafond de référence de 12 ans.',
    );
  });

  it('draws no line and judges nothing without the catalogue’s thresholds', () => {
    const chart = buildDebtCapacityTrend(HEALTH_FIXTURE, [], 2024, 'fr');
    const [line] = chart.options.series as { markLine: { data: unknown[] } }[];

    expect(line.markLine.data).toEqual([]);
    expect(chart.summary).toBe('La capacité de désendettement passe de 9,3 ans en 2023 à 12,5 ans en 2024.');
  });

  it('sums the savings trend in one sentence, in English too', () => {
    expect(buildSavingsTrend(HEALTH_FIXTURE, 2024, 'fr').summary).toBe(
      "Entre 2023 et 2024, l'épargne brute passe de 15 M€ à 12 M€ (-20,0 %) et l'épargne nette de 6 M€ à 2 M€ (-66,7 %).",
    );
    expect(buildSavingsTrend(HEALTH_FIXTURE, 2024, 'en').summary).toBe(
      'Between 2023 and 2024, gross savings went from €15M to €12M (-20.0%) and net savings from €6M to €2M (-66.7%).',
    );
  });
});
