import { BUDGET_KPIS_2024 } from '../data-access/budget-kpis.fixture';
import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildDebtCapacityTrend } from './build-debt-capacity-chart';

describe('the debt payback period', () => {
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
});
