import { BRIEF_DATA_FIXTURE } from '../data-access/brief-data.fixture';
import { buildBriefFigures } from './build-brief-figures';

describe('buildBriefFigures', () => {
  const groups = buildBriefFigures(BRIEF_DATA_FIXTURE, 2025, 'fr');
  const figure = (id: string) => groups.flatMap((group) => group.figures).find((f) => f.id === id)!;

  it('groups the key figures of the four families, in that order', () => {
    expect(groups.map((group) => group.heading)).toEqual([
      'Budget',
      'Fluides des bâtiments publics',
      'Commerce',
      'Flux',
    ]);
    expect(groups.map((group) => group.figures.map((f) => f.id))).toEqual([
      ['operating', 'savings-rate', 'debt-capacity', 'equipment'],
      ['fluids-cost', 'energy'],
      ['vacancy'],
      ['footfall'],
    ]);
  });

  it('compares the savings rate with last year in points and with its 10 % threshold', () => {
    const rate = figure('savings-rate');
    expect(rate.value).toBe(0.095);
    // 9.5 % - 11.5 % = -2.0 points
    expect(rate.change).toBeCloseTo(-0.02, 10);
    expect(rate.changeIn).toBe('points');
    expect(rate.status).toBe('warn');
    expect(rate.targetText).toBe('Seuil d’alerte : 10,0 % ; seuil critique : 7,0 %');
    expect(rate.sentence).toBe(
      'Le taux d’épargne brute diminue de 2 points en 2025 par rapport à 2024, à 9,5 %. ' +
        'Il passe sous le seuil d’alerte de 10,0 % : à surveiller.',
    );
    expect(rate.source).toBe('Source : compte administratif 2025');
    expect(rate.target).toBe('budget:taux_epargne_brute');
  });

  it('writes the debt payback period in years, to one decimal, against the 12-year ceiling', () => {
    const capacity = figure('debt-capacity');
    expect(capacity.unit).toBe('ans');
    expect(capacity.status).toBe('warn');
    expect(capacity.sentence).toBe(
      'La capacité de désendettement est de 13 ans en 2025, contre 5,1 ans en 2024. ' +
        'C’est au-dessus du seuil de 12 ans : à surveiller.',
    );
  });

  it('takes the like-for-like change of the fluids bill from the API and flags +12 % as an alert', () => {
    const cost = figure('fluids-cost');
    expect(cost.value).toBe(11_200_000);
    expect(cost.change).toBe(0.12);
    expect(cost.status).toBe('alert');
    expect(cost.sentence).toBe(
      'Le coût des fluides s’élève à 11,2 M€ en 2025, contre 10 M€ l’année précédente : hausse de 12,0 % à ' +
        'périmètre constant. C’est au-delà du seuil d’alerte de 10,0 %.',
    );
  });

  it('says when the energy year is incomplete', () => {
    const energy = figure('energy');
    expect(energy.value).toBe(97_000_000);
    expect(energy.sentence).toContain('baisse de 3,0 % par rapport à 2024');
    expect(energy.sentence).toContain('Année incomplète');
  });

  it('compares the vacancy rate with 2024 in points and with the 7.5 % town-centre reference', () => {
    const vacancy = figure('vacancy');
    // 9.4 % - 10.2 % = -0.8 point; 9.4 % is between 7.5 % and 10 %: to watch.
    expect(vacancy.change).toBeCloseTo(-0.008, 10);
    expect(vacancy.status).toBe('warn');
    expect(vacancy.targetText).toBe('Repère : seuil d’alerte des centres-villes vers 7,5 %');
  });

  it('takes operating expenses and footfall from the overview, against the year before', () => {
    // 412.5 M€ / 399.7 M€ - 1 = +3.2 %; 9.45 M / 9 M - 1 = +5 %.
    expect(figure('operating').change).toBeCloseTo(0.032, 3);
    expect(figure('footfall').change).toBeCloseTo(0.05, 10);
    expect(figure('footfall').trend).toEqual([9_000_000, 9_450_000]);
  });

  it('uses the latest accounts for the year in progress, and compares nothing else', () => {
    const partial = buildBriefFigures(BRIEF_DATA_FIXTURE, 2026, 'fr').flatMap((g) => g.figures);
    const rate = partial.find((f) => f.id === 'savings-rate')!;
    expect(rate.source).toBe('Source : compte administratif 2025');
    expect(rate.value).toBe(0.095);
    expect(partial.find((f) => f.id === 'operating')!.change).toBeNull();
    expect(partial.find((f) => f.id === 'fluids-cost')!.change).toBeNull();
  });

  it('speaks English too', () => {
    const english = buildBriefFigures(BRIEF_DATA_FIXTURE, 2025, 'en').flatMap((g) => g.figures);
    expect(english.find((f) => f.id === 'savings-rate')!.sentence).toContain(
      'It falls below the alert threshold of 10.0%: to watch.',
    );
  });

  it('has nothing to show before the data arrive', () => {
    expect(buildBriefFigures(null, 2025, 'fr')).toEqual([]);
  });
});
