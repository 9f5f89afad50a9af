import { STREETS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildRankingByChange } from './build-vacancy-change-ranking';

describe('the streets ranked by the change of their vacancy', () => {
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
});
