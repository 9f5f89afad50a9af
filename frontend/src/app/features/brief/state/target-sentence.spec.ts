import { ratioStatus, targetLabel, targetSentence } from './target-sentence';

describe('target sentences', () => {
  const floor = {
    direction: 'below' as const,
    warning: 0.1,
    critical: 0.07,
    kind: 'percent' as const,
  };
  const ceiling = {
    direction: 'above' as const,
    warning: 12,
    critical: 15,
    kind: 'number' as const,
    unit: ' ans',
  };

  it('say where a figure stands against a floor', () => {
    expect(targetSentence('ok', floor, 'fr')).toBe(
      'Il reste au-dessus du seuil d’alerte de 10,0 %.',
    );
    expect(targetSentence('alert', floor, 'fr')).toBe('Il est sous le seuil critique de 7,0 %.');
  });

  it('say where a figure stands against a ceiling, with its unit', () => {
    expect(targetSentence('ok', ceiling, 'fr')).toBe('C’est en dessous du seuil de 12 ans.');
    expect(targetSentence('alert', ceiling, 'fr')).toBe(
      'C’est au-delà du seuil d’alerte de 15 ans.',
    );
    expect(targetLabel(ceiling, 'fr')).toBe(
      'Plafond de référence : 12 ans ; zone rouge au-delà de 15 ans',
    );
  });

  it('say nothing without a status', () => {
    expect(targetSentence(null, floor, 'fr')).toBe('');
  });

  it("map the API's ratio statuses onto the KPI card's", () => {
    expect(ratioStatus('ok')).toBe('ok');
    expect(ratioStatus('warning')).toBe('warn');
    expect(ratioStatus('critical')).toBe('alert');
    expect(ratioStatus(null)).toBeNull();
  });
});
