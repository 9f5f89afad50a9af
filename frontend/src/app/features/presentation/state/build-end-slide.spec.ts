import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildEndSlide } from './build-end-slide';

describe('the end slide', () => {
  const fives = PRESENTATION_FIXTURE.summaries.find((q) => q.quartier_id === 2)!;
  const slide = buildEndSlide(fives, 'Données : Budget au 31/12/2025.', 'fr');

  it('ends with the sources and the data dates, and the QR code of the quartier’s page', () => {
    expect(slide.sentences[1]).toBe('Données : Budget au 31/12/2025.');
    expect(slide.qr).toBeTrue();
  });
});
