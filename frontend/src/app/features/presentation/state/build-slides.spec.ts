import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildSlides } from './build-slides';

describe('buildSlides', () => {
  const slides = buildSlides(PRESENTATION_FIXTURE, 2, 'Lille', 2025, 'Données : Budget au 31/12/2025.', 'fr');
  const slide = (id: string) => slides.find((s) => s.id === id)!;

  it('gives six slides: the quartier, investment, buildings, works, shops, and where to learn more', () => {
    expect(slides.map((s) => s.id)).toEqual(['intro', 'investment', 'buildings', 'works', 'shops', 'end']);
    expect(slides[0].title).toBe('Fives');
  });

  it('gives each idea a visual: people as squares, the quartier against the commune, a time line, the QR code', () => {
    expect(slide('intro').pictograms).toBeTruthy();
    expect(slide('investment').bars).toBeTruthy();
    expect(slide('investment').map).toBeTrue();
    expect(slide('buildings').pictograms).toBeTruthy();
    expect(slide('works').timeline).toBeTruthy();
    expect(slide('shops').bars).toBeTruthy();
    expect(slide('end').qr).toBeTrue();
  });

  it('keeps each number with its unit for the projector', () => {
    expect(slide('shops').sentences[0]).toBe('Sur 230 locaux commerciaux, 32 sont vides : 14,0\u00a0%.');
    expect(slides[0].sentences[0]).toContain('20\u00a0000 habitants');
    expect(slide('investment').figures.every((figure) => !/\d \d{3}/.test(figure.value))).toBeTrue();
  });

  it('ends with the freshness line it is given', () => {
    expect(slide('end').sentences[1]).toBe('Données : Budget au 31/12/2025.');
  });

  it('has no slide for an unknown quartier or before the data arrive', () => {
    expect(buildSlides(PRESENTATION_FIXTURE, 99, 'Lille', 2025, '', 'fr')).toEqual([]);
    expect(buildSlides(null, 2, 'Lille', 2025, '', 'fr')).toEqual([]);
  });
});
