import { indicatorValues, isQuartierIndicatorKey, quartierIndicator } from './quartier-indicator';
import { QuartierSummary } from './quartier-summary';

const wazemmes: QuartierSummary = {
  quartier_id: 7,
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
};

describe('quartier indicators', () => {
  it('gives the map a value per quartier id for the chosen indicator', () => {
    const lomme = { ...wazemmes, quartier_id: 8, vacancy_rate: null };
    expect([...indicatorValues([wazemmes, lomme], 'vacancy_rate')]).toEqual([
      [7, 0.09],
      [8, null],
    ]);
  });

  it('knows how each indicator is written', () => {
    expect(quartierIndicator('vacancy_rate').kind).toBe('percent');
    expect(quartierIndicator('investment_per_inhabitant_eur').kind).toBe('euros');
  });

  it('recognises only the indicators it offers', () => {
    expect(isQuartierIndicatorKey('fluids_cost_eur')).toBeTrue();
    expect(isQuartierIndicatorKey('population')).toBeFalse();
  });
});
