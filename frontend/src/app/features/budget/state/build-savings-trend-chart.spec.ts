import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildSavingsTrend } from './build-savings-trend-chart';

describe('the savings trend', () => {
  it('sums the savings trend in one sentence, in English too', () => {
    expect(buildSavingsTrend(HEALTH_FIXTURE, 2024, 'fr').summary).toBe(
      "Entre 2023 et 2024, l'épargne brute passe de 15 M€ à 12 M€ (-20,0 %) et l'épargne nette de 6 M€ à 2 M€ (-66,7 %).",
    );
    expect(buildSavingsTrend(HEALTH_FIXTURE, 2024, 'en').summary).toBe(
      'Between 2023 and 2024, gross savings went from €15M to €12M (-20.0%) and net savings from €6M to €2M (-66.7%).',
    );
  });
});
