import { axisDates, timeAxisLabel } from './axis-dates';

describe('dates on chart axes', () => {
  it('writes months the French way, never ISO', () => {
    expect(axisDates(['2025-01-01', '2025-02-01'], 'fr-FR')).toEqual(['janv. 2025', 'févr. 2025']);
    expect(axisDates(['2024-12', '2025-01'], 'fr-FR')).toEqual(['déc. 2024', 'janv. 2025']);
    expect(axisDates(['2025-01'], 'en-GB')).toEqual(['Jan 2025']);
  });

  it('writes days with their month in words, and leaves years and names alone', () => {
    expect(axisDates(['2025-01-01', '2025-01-02'], 'fr-FR')).toEqual(['1 janv. 2025', '2 janv. 2025']);
    expect(axisDates([2024, 2025], 'fr-FR')).toEqual(['2024', '2025']);
    expect(axisDates(['Wazemmes'], 'fr-FR')).toEqual(['Wazemmes']);
  });

  it('labels a time axis by year on the 1st of January, else by month or day', () => {
    const label = timeAxisLabel('fr-FR');
    expect(label(Date.UTC(2030, 0, 1))).toBe('2030');
    expect(label(Date.UTC(2025, 2, 1))).toBe('mars 2025');
    expect(label(Date.UTC(2025, 2, 3))).toBe('3 mars 2025');
  });
});
