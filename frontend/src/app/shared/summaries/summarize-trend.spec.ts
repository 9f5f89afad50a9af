import { summarizeTrend } from './summarize-trend';

describe('summarizeTrend', () => {
  const spending = {
    lang: 'fr' as const,
    fromYear: 2020,
    toYear: 2025,
    kind: 'compactCurrency' as const,
    series: [
      {
        subject: 'Les dépenses de fonctionnement',
        plural: true,
        from: 380_000_000,
        to: 412_500_000,
      },
      { subject: "Les dépenses d'investissement", plural: true, from: 80_100_000, to: 95_300_000 },
    ],
  };

  it('describes two series over the period in one sentence', () => {
    expect(summarizeTrend(spending)).toBe(
      "Entre 2020 et 2025, les dépenses de fonctionnement passent de 380 M€ à 412,5 M€ (+8,6 %) et les dépenses d'investissement de 80,1 M€ à 95,3 M€ (+19,0 %).",
    );
  });

  it('describes a single series with a singular verb', () => {
    expect(
      summarizeTrend({
        ...spending,
        series: [{ subject: 'Le coût des fluides', plural: false, from: 10_000_000, to: 8_000_000 }],
      }),
    ).toBe('Entre 2020 et 2025, le coût des fluides passe de 10 M€ à 8 M€ (-20,0 %).');
  });

  it('leaves out a series with a missing end and admits when nothing is left', () => {
    expect(
      summarizeTrend({
        ...spending,
        series: [{ subject: 'Le coût des fluides', plural: false, from: null, to: 8_000_000 }],
      }),
    ).toBe("Pas assez de données pour décrire l'évolution entre 2020 et 2025.");
  });

  it('speaks English when asked', () => {
    expect(
      summarizeTrend({
        ...spending,
        lang: 'en',
        series: [{ ...spending.series[0], subject: 'Operating expenses' }],
      }),
    ).toBe('Between 2020 and 2025, operating expenses went from €380M to €412.5M (+8.6%).');
  });
});
