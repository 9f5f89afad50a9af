import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildBuildingsSlide } from './build-buildings-slide';

/** Numbers keep their units together with no-break spaces; compare them as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the buildings slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;

  it('gives the running costs of the municipal buildings', () => {
    const slide = buildBuildingsSlide(fives, PRESENTATION_FIXTURE, 2025, 'fr');

    expect(slide.sentences.map(plain)).toEqual([
      'Le quartier compte 9 bâtiments municipaux (écoles, salles de sport, équipements…).',
      'Leurs factures d’énergie et d’eau ont coûté 510 000 € en 2025.',
      'Pour ces factures, le quartier se place au 2e rang sur 2.',
    ]);
    expect(slide.list?.items).toEqual(['Piscine de Fives']);
  });
});
