import { translate } from './translate';

describe('translate', () => {
  it('gives the French text of a key', () => {
    expect(translate('fr', 'nav.overview')).toBe("Vue d'ensemble");
  });

  it('gives the English text of the same key', () => {
    expect(translate('en', 'nav.overview')).toBe('Overview');
  });

  it('fills the placeholders with the given values', () => {
    expect(translate('fr', 'kpi.vsYear', { year: 2024 })).toBe('vs 2024');
    expect(translate('fr', 'table.sortBy', { column: 'Quartier' })).toBe('Trier par Quartier');
  });

  it('leaves a placeholder visible when its value is missing, so the gap shows in review', () => {
    expect(translate('fr', 'kpi.vsYear', {})).toBe('vs {year}');
  });
});
