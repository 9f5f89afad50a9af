import { COMMERCE_KPIS_2025 } from '../data-access/commerce-kpis.fixture';
import { MONTHLY_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildVacancyTrend } from './build-vacancy-trend-chart';

describe('the vacancy trend', () => {
  it("draws the monthly rate up to the page's date with the commune's watch and alert levels, the card's", () => {
    const chart = buildVacancyTrend(MONTHLY_FIXTURE, COMMERCE_KPIS_2025, '2025-12-31', 'fr');
    const series = chart.options.series as {
      data: unknown[];
      markLine: { data: { yAxis: number }[] };
    }[];

    expect(chart.rows.length).toBe(3);
    expect(series[0].markLine.data.map((line) => line.yAxis)).toEqual([0.075, 0.1]);
    expect(chart.summary).toBe(
      'Le taux de vacance passe de 8,5 % en janvier 2019 à 10,9 % en décembre 2025 (213 locaux vacants sur 1 950) ; le seuil d’alerte de la commune est de 10,0 %.',
    );
  });
});
