import { STREETS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildFootfallVsVacancy } from './build-footfall-vacancy-chart';

describe('footfall beside vacancy', () => {
  it('sets footfall beside vacancy for the streets with a counter and names the one where both go wrong', () => {
    const chart = buildFootfallVsVacancy(STREETS_FIXTURE, 'fr');

    expect(chart.rows.length).toBe(3);
    expect(chart.summary).toBe(
      'Dans 1 des 3 rues équipées d’un compteur piéton, la fréquentation a baissé en un an pendant que la vacance augmentait ; la plus marquée est la rue de Béthune (fréquentation -1,3 %, vacance +1,7 pt).',
    );
  });
});
