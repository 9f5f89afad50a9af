import { summarizeRanking } from './summarize-ranking';

describe('summarizeRanking', () => {
  const input = {
    lang: 'fr' as const,
    indicator: 'Investissement par habitant',
    year: 2025,
    kind: 'euros' as const,
    items: [
      { name: 'Fives', value: 321 },
      { name: 'Wazemmes', value: 1234 },
      { name: 'Lomme', value: null },
      { name: 'Centre', value: 800 },
    ],
  };

  it('names the quartiers with the highest and the lowest value', () => {
    expect(summarizeRanking(input)).toBe(
      'Investissement par habitant en 2025 : valeur la plus élevée à Wazemmes (1 234 €), la plus faible à Fives (321 €).',
    );
  });

  it('says so when no quartier has a value', () => {
    expect(summarizeRanking({ ...input, items: [{ name: 'Lomme', value: null }] })).toBe(
      'Investissement par habitant en 2025 : aucune donnée par quartier.',
    );
  });

  it('speaks English when asked', () => {
    expect(summarizeRanking({ ...input, lang: 'en', indicator: 'Investment per inhabitant' })).toBe(
      'Investment per inhabitant in 2025: highest in Wazemmes (€1,234), lowest in Fives (€321).',
    );
  });
});
