import { PARTNERS_FIXTURE } from '../data-access/brief-data.fixture';
import { buildPartners } from './build-partners';

describe('buildPartners', () => {
  const view = buildPartners(PARTNERS_FIXTURE, 2025, '59350', 'fr')!;

  it('puts the communes side by side, the one shown marked in words', () => {
    expect(view.caption).toBe('Communes partenaires, compte administratif 2025');
    expect(view.rows.map((row) => row['commune'])).toEqual([
      'Lille (commune affichée)',
      'Roubaix',
      'Marcq-en-Barœul',
    ]);
    expect(view.columns.map((column) => column.key)).toEqual([
      'commune',
      'population',
      'savingsRate',
      'debtCapacity',
      'equipment',
      'debt',
      'vacancy',
      'fluids',
    ]);
  });

  it('adds the vacancy and fluids bill per inhabitant where they could be read, n.d. elsewhere', () => {
    expect(view.rows[1]['vacancy']).toBe(0.134);
    expect(view.rows[1]['fluids']).toBe(51.2);
    expect(view.rows[2]['vacancy']).toBeNull();
  });

  it('names the highest and lowest commune of each compared indicator', () => {
    expect(view.sentences[0]).toBe(
      'Taux d’épargne brute en 2025 : valeur la plus élevée à Marcq-en-Barœul (14,0 %), la plus faible à Roubaix (6,4 %).',
    );
    expect(view.sentences[2]).toBe(
      'Taux de vacance commerciale en 2025 : valeur la plus élevée à Roubaix (13,4 %), la plus faible à Lille (9,4 %).',
    );
  });

  it('shows nothing when no commune has accounts that year', () => {
    expect(buildPartners({ ratios: [], overview: [], fluids: [] }, 2026, '59350', 'fr')).toBeNull();
  });
});
