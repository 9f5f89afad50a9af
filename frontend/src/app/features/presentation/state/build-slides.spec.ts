import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import { buildSlides, Slide } from './build-slides';

/** The slides keep numbers and units together with no-break spaces; compare them as plain text. */
const plain = (slide: Slide): Slide => ({
  ...slide,
  sentences: slide.sentences.map((s) => s.replace(/\u00a0/g, ' ')),
  list: slide.list && {
    ...slide.list,
    items: slide.list.items.map((s) => s.replace(/\u00a0/g, ' ')),
  },
});

describe('buildSlides', () => {
  const typeset = buildSlides(PRESENTATION_FIXTURE, 2, 'Lille', 2025, 'Données : Budget au 31/12/2025.', 'fr');
  const slides = typeset.map(plain);
  const slide = (id: string) => slides.find((s) => s.id === id)!;

  it('gives six slides: the quartier, investment, buildings, works, shops, and where to learn more', () => {
    expect(slides.map((s) => s.id)).toEqual(['intro', 'investment', 'buildings', 'works', 'shops', 'end']);
    expect(slides[0].title).toBe('Fives');
  });

  it('gives each idea a visual: people as squares, the quartier against the commune, a time line, the QR code', () => {
    const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    // 20 000 inhabitants: 20 squares of a thousand
    expect(slide('intro').pictograms?.count).toBe(20);
    expect(nb(slide('intro').pictograms!.caption)).toBe('20 000 habitants : un carré pour 1 000');
    // Fives 2,4 M€ for 20 000 (120 €), Wazemmes 9,0 M€ for 25 000 (360 €): the commune 11,4 M€ / 45 000 = 253 €
    const bars = slide('investment').bars!;
    expect(bars.items.map((bar) => [bar.label, nb(bar.text), bar.highlight])).toEqual([
      ['Fives', '120 €', true],
      ['Moyenne de la commune', '253 €', false],
    ]);
    // 32 empty premises of 230 (14,0 %) against the city's 9,4 % in 2025
    expect(slide('shops').bars!.items.map((bar) => nb(bar.text))).toEqual(['14,0 %', '9,4 %']);
    expect(slide('works').timeline?.steps.map((step) => step.label)).toContain('Début des travaux');
    expect(slide('end').qr).toBeTrue();
  });

  it('introduces the quartier among the others', () => {
    // 20 000 of the 45 000 inhabitants counted in the two quartiers.
    expect(slide('intro').sentences[0]).toBe(
      'Fives compte 20 000 habitants, sur les 45 000 que recensent les quartiers de Lille.',
    );
  });

  it('says what was invested, per inhabitant, the rank, and the largest spending, with the map', () => {
    const investment = slide('investment');
    expect(investment.sentences).toEqual([
      "En 2025, la ville a investi 2,4 millions d'euros dans le quartier, soit 120 € par habitant.",
      'Le quartier se place au 2e rang sur 2 pour l’investissement par habitant.',
      "La plus grosse dépense : Piscine de Fives, 1,8 million d'euros en 2025.",
    ]);
    expect(investment.list?.items).toEqual([
      "Piscine de Fives : 1,8 million d'euros",
      'Voirie rue Pierre Legrand : 600 000 €',
    ]);
    expect(investment.map).toBeTrue();
  });

  it('gives the running costs of the municipal buildings', () => {
    expect(slide('buildings').sentences).toEqual([
      'Le quartier compte 9 bâtiments municipaux (écoles, salles de sport, équipements…).',
      'Leurs factures d’énergie et d’eau ont coûté 510 000 € en 2025.',
      'Pour ces factures, le quartier se place au 2e rang sur 2.',
    ]);
    expect(slide('buildings').list?.items).toEqual(['Piscine de Fives']);
  });

  it('lists works in progress with their progress and end, and finished ones', () => {
    const works = slide('works');
    // In Fives: P1 in progress (12 M€ AP), P4 suspended, P3 done in November 2024.
    expect(works.sentences).toEqual([
      "Un chantier est en cours, pour un budget de 12 millions d'euros.",
      'Un chantier est terminé : Jardin des Plantes, en novembre 2024.',
    ]);
    expect(works.list?.items).toEqual([
      'Piscine de Fives : réalisé à 100 %, fin attendue en juin 2026.',
      'Jardin des Plantes : terminé en novembre 2024.',
    ]);
  });

  it('compares the vacancy of the quartier with the whole city', () => {
    // Fives 14,0 % (32 of 230) against 9,4 % for Lille in 2025.
    expect(slide('shops').sentences).toEqual([
      'Sur 230 locaux commerciaux, 32 sont vides : 14,0 %.',
      'C’est plus que dans l’ensemble de la ville (9,4 %).',
      'Les compteurs du quartier voient passer environ 1 753 piétons par jour en 2025, soit en moyenne un passant toutes les 49 secondes, jour et nuit.',
      'La rue la plus touchée : rue Pierre Legrand, avec 20,0 % de locaux vides.',
    ]);
    expect(slide('shops').list).toEqual({
      heading: 'Les rues commerçantes du quartier (décembre 2025)',
      items: [
        'rue Pierre Legrand : 12 locaux vides sur 60 (20,0 %), environ 4 210 passages par jour (-8,0 % en un an).',
        'rue de Lannoy : 1 local vide sur 20 (5,0 %).',
      ],
    });
  });

  it('keeps each number with its unit for the projector', () => {
    const shops = typeset.find((s) => s.id === 'shops')!;
    expect(shops.sentences[0]).toBe('Sur 230 locaux commerciaux, 32 sont vides : 14,0\u00a0%.');
    expect(typeset[0].sentences[0]).toContain('20\u00a0000 habitants');
  });

  it('says "1 est vide" for a single empty shop', () => {
    const one = {
      ...PRESENTATION_FIXTURE,
      summaries: PRESENTATION_FIXTURE.summaries.map((q) => ({
        ...q,
        premises: 14,
        vacant_premises: 1,
        vacancy_rate: 1 / 14,
      })),
    };
    const slides: Slide[] = buildSlides(one, 2, 'Lille', 2025, '', 'fr').map(plain);
    const shops = slides.find((slide) => slide.id === 'shops')!;
    expect(shops.sentences[0]).toBe('Sur 14 locaux commerciaux, 1 est vide : 7,1 %.');
  });

  it('ends with the sources and the data dates', () => {
    expect(slide('end').sentences[1]).toBe('Données : Budget au 31/12/2025.');
  });

  it('has no slide for an unknown quartier or before the data arrive', () => {
    expect(buildSlides(PRESENTATION_FIXTURE, 99, 'Lille', 2025, '', 'fr')).toEqual([]);
    expect(buildSlides(null, 2, 'Lille', 2025, '', 'fr')).toEqual([]);
  });
});
