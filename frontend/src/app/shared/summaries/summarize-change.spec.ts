import { summarizeChange } from './summarize-change';

const operating = {
  lang: 'fr' as const,
  subject: 'Les dépenses de fonctionnement',
  plural: true,
  year: 2025,
  previousYear: 2024,
  kind: 'compactCurrency' as const,
};

describe('summarizeChange', () => {
  it('says how much a spending rose, with the new level', () => {
    expect(summarizeChange({ ...operating, value: 412_500_000, previous: 399_709_302 })).toBe(
      'Les dépenses de fonctionnement augmentent de 3,2 % en 2025 par rapport à 2024, à 412,5 M€.',
    );
  });

  it('says it fell, agreeing the verb with a singular subject', () => {
    expect(
      summarizeChange({
        ...operating,
        subject: 'Le coût des fluides',
        plural: false,
        value: 9_000_000,
        previous: 10_000_000,
      }),
    ).toBe('Le coût des fluides diminue de 10,0 % en 2025 par rapport à 2024, à 9 M€.');
  });

  it('calls a change under half a percent stable', () => {
    expect(summarizeChange({ ...operating, value: 100_200_000, previous: 100_000_000 })).toBe(
      'Les dépenses de fonctionnement restent stables en 2025 par rapport à 2024, à 100,2 M€.',
    );
  });

  it('counts a rate in percentage points, "point" below two and "points" from two', () => {
    const vacancy = {
      ...operating,
      subject: 'Le taux de vacance commerciale',
      plural: false,
      kind: 'percent' as const,
    };
    expect(summarizeChange({ ...vacancy, value: 0.094, previous: 0.102 })).toBe(
      'Le taux de vacance commerciale diminue de 0,8 point en 2025 par rapport à 2024, à 9,4 %.',
    );
    expect(summarizeChange({ ...vacancy, value: 0.125, previous: 0.1 })).toBe(
      'Le taux de vacance commerciale augmente de 2,5 points en 2025 par rapport à 2024, à 12,5 %.',
    );
  });

  it('gives the level alone when last year is unknown', () => {
    expect(summarizeChange({ ...operating, value: 412_500_000, previous: null })).toBe(
      "Les dépenses de fonctionnement s'élèvent à 412,5 M€ en 2025.",
    );
  });

  it('says plainly when the year has no data', () => {
    expect(summarizeChange({ ...operating, value: null, previous: 1 })).toBe(
      "Aucune donnée n'est disponible pour les dépenses de fonctionnement en 2025.",
    );
  });

  it('speaks English with English numbers when English is chosen', () => {
    expect(
      summarizeChange({
        ...operating,
        lang: 'en',
        subject: 'Operating expenses',
        value: 412_500_000,
        previous: 399_709_302,
      }),
    ).toBe('Operating expenses rise by 3.2% in 2025 compared with 2024, to €412.5M.');
  });
});
