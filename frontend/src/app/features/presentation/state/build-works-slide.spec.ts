import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildWorksSlide } from './build-works-slide';

/** Numbers keep their units together with no-break spaces; compare them as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the works slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;
  const slide = buildWorksSlide(fives, PRESENTATION_FIXTURE, 'fr');

  it('lists works in progress with their progress and end, and finished ones', () => {
    // In Fives: P1 in progress (12 M€ AP), P4 suspended, P3 done in November 2024.
    expect(slide.sentences.map(plain)).toEqual([
      "Un chantier est en cours, pour un budget de 12 millions d'euros.",
      'Un chantier est terminé : Jardin des Plantes, en novembre 2024.',
    ]);
    expect(slide.list?.items.map(plain)).toEqual([
      'Piscine de Fives : réalisé à 100 %, fin attendue en juin 2026.',
      'Jardin des Plantes : terminé en novembre 2024.',
    ]);
  });

  it('puts a programme on a time line', () => {
    expect(slide.timeline?.steps.map((step) => step.label)).toContain('Début des travaux');
  });
});
