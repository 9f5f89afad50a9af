import { STREETS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildRankingByRate } from './build-vacancy-rate-ranking';
import { MIN_PREMISES_RANKED } from './ranked-streets';

describe('the streets ranked by vacancy rate', () => {
  it('ranks the streets large enough to be ranked, most vacant first, and says so in one sentence', () => {
    const chart = buildRankingByRate(STREETS_FIXTURE, '2025-12', 'fr');

    // rue des Manneliers (11 premises) is left out: one closure would move it by 9 points
    expect(MIN_PREMISES_RANKED).toBe(20);
    expect(chart.rows.map((row) => row['street'])).toEqual(['rue de Béthune', 'rue Léon Gambetta', 'rue Neuve']);
    expect(chart.summary).toBe(
      'En décembre 2025, la rue de Béthune a le taux de vacance le plus élevé : 25,0 % (15 locaux vacants sur 60), devant la rue Léon Gambetta (11,9 %), la rue Neuve (3,7 %). Rues d’au moins 20 locaux.',
    );
  });
});
