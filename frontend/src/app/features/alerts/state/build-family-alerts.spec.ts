import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { buildFamilyAlertSections } from './build-family-alerts';

describe('the programmes, vacancy and footfall sections', () => {
  const sections = buildFamilyAlertSections(FAMILY_ALERTS_FIXTURE, 'fr');

  it('gives each family its section, in the same order whatever the API sends', () => {
    expect(sections.map((section) => `${section.title} (${section.alerts.length})`)).toEqual([
      'Programmes (AP/CP) (3)',
      'Commerce : vacance (1)',
      'Flux : fréquentation (1)',
    ]);
    expect(sections.map((section) => section.subjectHeading)).toEqual(['Programme', 'Rue', 'Site de comptage']);
  });

  it('puts the most serious first: a high overrun, then the longest delay', () => {
    expect(sections[0].alerts.map((alert) => `${alert.subject} – ${alert.what}`)).toEqual([
      'Piscine de Fives – crédits de paiement 8,5 % au-delà de l’autorisation de programme (+1 020 000 €)',
      'Médiathèque de Moulins – retard de 9 mois sur la fin prévue',
      'École Lakanal – retard de 7 mois sur la fin prévue',
    ]);
  });

  it('tells a row in words, with where, since when, and who took it in hand', () => {
    const [street] = sections[1].alerts;
    expect(street).toEqual(
      jasmine.objectContaining({
        subject: 'rue de Béthune',
        link: ['/commerce/rues', 'rue de Béthune'],
        quartier: 'quartier Centre',
        what: 'vacance +21,6 points en 12 mois (6,7 % → 28,3 %)',
        since: 'mars 2026',
        severity: 'high',
        acknowledged: false,
      }),
    );
    const lakanal = sections[0].alerts[2];
    expect(lakanal).toEqual(
      jasmine.objectContaining({
        since: 'n.d.',
        acknowledged: true,
        acknowledgedBy: 'agent@lille.fr',
        acknowledgedOn: '02/10/2026',
        comment: 'Avenant en cours de signature',
      }),
    );
  });

  it('keeps empty sections, to say there is nothing for this filter', () => {
    const empty = buildFamilyAlertSections([], 'fr');
    expect(empty.map((section) => section.none)).toEqual([
      'Aucune alerte sur les programmes pour ce filtre.',
      'Aucune hausse de la vacance pour ce filtre.',
      'Aucune baisse de fréquentation pour ce filtre.',
    ]);
  });
});
