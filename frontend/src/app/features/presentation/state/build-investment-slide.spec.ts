import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildInvestmentSlide } from './build-investment-slide';

/** Numbers keep their units together with no-break spaces; compare them as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the investment slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;
  const slide = buildInvestmentSlide(fives, PRESENTATION_FIXTURE, 2025, 'fr');

  it('says what was invested, per inhabitant, the rank, and the largest spending, with the map', () => {
    expect(slide.sentences.map(plain)).toEqual([
      "En 2025, la ville a investi 2,4 millions d'euros dans le quartier, soit 120 € par habitant.",
      'Le quartier se place au 2e rang sur 2 pour l’investissement par habitant.',
      "La plus grosse dépense : Piscine de Fives, 1,8 million d'euros en 2025.",
    ]);
    expect(slide.list?.items.map(plain)).toEqual([
      "Piscine de Fives : 1,8 million d'euros",
      'Voirie rue Pierre Legrand : 600 000 €',
    ]);
    expect(slide.map).toBeTrue();
  });

  it('sets the investment per inhabitant beside the commune’s', () => {
    // Fives 2,4 M€ for 20 000 (120 €), Wazemmes 9,0 M€ for 25 000 (360 €): the commune 11,4 M€ / 45 000 = 253 €
    expect(slide.bars!.items.map((bar) => [bar.label, plain(bar.text), bar.highlight])).toEqual([
      ['Fives', '120 €', true],
      ['Moyenne de la commune', '253 €', false],
    ]);
  });
});
