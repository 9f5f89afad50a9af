import { COMMERCE_KPIS_2025 } from '../data-access/commerce-kpis.fixture';
import { MONTHLY_FIXTURE, STREETS_FIXTURE } from '../data-access/commerce-rows.fixture';
import {
  buildFootfallVsVacancy,
  buildRankingByChange,
  buildRankingByRate,
  buildVacancyTrend,
  MIN_PREMISES_RANKED,
} from './build-vacancy-charts';

describe('vacancy charts', () => {
  it('ranks the streets large enough to be ranked, most vacant first, and says so in one sentence', () => {
    const chart = buildRankingByRate(STREETS_FIXTURE, '2025-12', 'fr');

    // rue des Manneliers (11 premises) is left out: one closure would move it by 9 points
    expect(MIN_PREMISES_RANKED).toBe(20);
    expect(chart.rows.map((row) => row['street'])).toEqual(['rue de Béthune', 'rue Léon Gambetta', 'rue Neuve']);
    expect(chart.summary).toBe(
      'En décembre 2025, la rue de Béthune a le taux de vacance le plus élevé : 25,0 % (15 locaux vacants sur 60), devant la rue Léon Gambetta (11,9 %), la rue Neuve (3,7 %). Rues d’au moins 20 locaux.',
    );
  });

  it('ranks the streets by the rise of their vacancy over twelve months, in points', () => {
    const chart = buildRankingByChange(STREETS_FIXTURE, '2025-12', 'en');

    expect(chart.rows.map((row) => [row['street'], row['change']])).toEqual([
      ['rue de Béthune', 1.7],
      ['rue Léon Gambetta', 0],
      ['rue Neuve', -1.8],
    ]);
    expect(chart.summary).toBe(
      'In December 2025, vacancy rose most in rue de Béthune: +1.7 pt in a year, to 25.0%. Streets with at least 20 premises.',
    );
  });

  it('sets footfall beside vacancy for the streets with a counter and names the one where both go wrong', () => {
    const chart = buildFootfallVsVacancy(STREETS_FIXTURE, 'fr');

    expect(chart.rows.length).toBe(3);
    expect(chart.summary).toBe(
      'Dans 1 des 3 rues équipées d’un compteur piéton, la fréquentation a baissé en un an pendant que la vacance augmentait ; la plus marquée est la rue de Béthune (fréquentation -1,3 %, vacance +1,7 pt).',
    );
  });

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
