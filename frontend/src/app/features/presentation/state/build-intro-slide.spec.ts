import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildIntroSlide } from './build-intro-slide';

/** Numbers keep their thousands together with no-break spaces; compare them as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the intro slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;
  const slide = buildIntroSlide(fives, PRESENTATION_FIXTURE.summaries, 'Lille', 2025, 'fr');

  it('introduces the quartier among the others', () => {
    // 20 000 of the 45 000 inhabitants counted in the two quartiers.
    expect(slide.title).toBe('Fives');
    expect(plain(slide.sentences[0])).toBe(
      'Fives compte 20 000 habitants, sur les 45 000 que recensent les quartiers de Lille.',
    );
  });

  it('shows its people as squares of a thousand', () => {
    expect(slide.pictograms?.count).toBe(20);
    expect(plain(slide.pictograms!.caption)).toBe('20 000 habitants : un carré pour 1 000');
  });
});
