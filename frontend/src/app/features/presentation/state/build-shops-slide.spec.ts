import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildShopsSlide } from './build-shops-slide';

/** Numbers keep their units together with no-break spaces; compare them as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the shops slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;
  const slide = buildShopsSlide(fives, PRESENTATION_FIXTURE, 2025, 'fr');

  it('compares the vacancy of the quartier with the whole city', () => {
    // Fives 14,0 % (32 of 230) against 9,4 % for Lille in 2025.
    expect(slide.sentences.map(plain)).toEqual([
      'Sur 230 locaux commerciaux, 32 sont vides : 14,0 %.',
      'C’est plus que dans l’ensemble de la ville (9,4 %).',
      'Les compteurs du quartier voient passer environ 1 753 piétons par jour en 2025, soit en moyenne un passant toutes les 49 secondes, jour et nuit.',
      'La rue la plus touchée : rue Pierre Legrand, avec 20,0 % de locaux vides.',
    ]);
    expect(slide.bars!.items.map((bar) => plain(bar.text))).toEqual(['14,0 %', '9,4 %']);
    expect(slide.list && { ...slide.list, items: slide.list.items.map(plain) }).toEqual({
      heading: 'Les rues commerçantes du quartier (décembre 2025)',
      items: [
        'rue Pierre Legrand : 12 locaux vides sur 60 (20,0 %), environ 4 210 passages par jour (-8,0 % en un an).',
        'rue de Lannoy : 1 local vide sur 20 (5,0 %).',
      ],
    });
  });

  it('says "1 est vide" for a single empty shop', () => {
    const one = { ...fives, premises: 14, vacant_premises: 1, vacancy_rate: 1 / 14 };

    expect(plain(buildShopsSlide(one, PRESENTATION_FIXTURE, 2025, 'fr').sentences[0])).toBe(
      'Sur 14 locaux commerciaux, 1 est vide : 7,1 %.',
    );
  });
});
