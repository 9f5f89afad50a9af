import { plainSpaces } from '../../../core/i18n/format-value';
import { FamilyAlert } from '../data-access/alert-rows';
import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { amountWithUnit, describeFamilyAlert, familyAlertLink } from './describe-family-alert';

const byKind = (kind: FamilyAlert['kind'], subject?: string) =>
  FAMILY_ALERTS_FIXTURE.find((alert) => alert.kind === kind && (!subject || alert.subject_id === subject))!;

describe('an alert of the programmes, vacancy or footfall in words', () => {
  it('tells a street whose vacancy jumped: points gained, rates before and after, since when', () => {
    const words = describeFamilyAlert(byKind('vacancy_spike'), 'fr');
    expect(words.sentence).toBe('rue de Béthune : vacance +21,6 points en 12 mois (6,7 % → 28,3 %), depuis mars 2026');
    expect(familyAlertLink(byKind('vacancy_spike'))).toEqual(['/commerce/rues', 'rue de Béthune']);
  });

  it('tells a programme whose payment credits exceed its authorisation, with the overrun in euros', () => {
    const words = describeFamilyAlert(byKind('programme_overrun'), 'fr');
    expect(plainSpaces(words.sentence)).toBe(
      'Programme « Piscine de Fives » : crédits de paiement 8,5 % au-delà de l’autorisation de programme (+1 020 000 €), depuis mai 2026',
    );
    expect(familyAlertLink(byKind('programme_overrun'))).toEqual(['/budget/programmes']);
  });

  it('rounds a programme’s delay to whole months and leaves "since" out when the API has no month', () => {
    const words = describeFamilyAlert(byKind('programme_slippage', 'LIL-AP-2024-03'), 'fr');
    expect(words.since).toBeNull();
    expect(words.sentence).toBe('Programme « Médiathèque de Moulins » : retard de 9 mois sur la fin prévue');
  });

  it('tells a counting site whose footfall fell against the same month a year earlier', () => {
    const alert = byKind('footfall_drop');
    expect(describeFamilyAlert(alert, 'fr').sentence).toBe(
      'Site « Piétons – rue Léon Gambetta (marché) » : fréquentation -32,0 % sur un an (4 210 → 2 863 passages par jour), depuis septembre 2026',
    );
    expect(familyAlertLink(alert)).toEqual(['/commerce/flux']);
    // Without the counts, the change alone.
    expect(describeFamilyAlert({ ...alert, reference_value: null, current_value: null }, 'fr').what).toBe(
      'fréquentation -32,0 % sur un an',
    );
  });

  it('speaks English too', () => {
    expect(describeFamilyAlert(byKind('vacancy_spike'), 'en').sentence).toBe(
      'rue de Béthune: vacancy +21.6 points in 12 months (6.7% → 28.3%), since March 2026',
    );
  });

  it('writes thresholds with their unit, in French figures', () => {
    expect(amountWithUnit(12.5, '%', 'fr')).toBe('12,5 %');
    expect(amountWithUnit(1, 'points', 'fr')).toBe('1 point');
    expect(amountWithUnit(10, 'points', 'fr')).toBe('10 points');
    expect(amountWithUnit(6, 'months', 'fr')).toBe('6 mois');
  });
});
