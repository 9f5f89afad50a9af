import { ALERT_THRESHOLDS_FIXTURE } from '../data-access/family-alerts.fixture';
import { buildAlertThresholds } from './build-alert-thresholds';

describe('the thresholds of the programmes, vacancy and footfall alerts', () => {
  it('writes each rule in words with its unit, its default, and who changed it when', () => {
    const rows = buildAlertThresholds([...ALERT_THRESHOLDS_FIXTURE].reverse(), 'fr');
    expect(rows.map((row) => [row.label, row.rule, row.defaultValue, row.changed])).toEqual([
      [
        'Dépassement d’un programme',
        'alerte quand les crédits de paiement dépassent l’autorisation de programme de 5 % ou plus (0 % : au moindre dépassement)',
        '5 %',
        'valeur par défaut',
      ],
      ['Retard d’un programme', 'alerte quand la fin prévue recule de 6 mois ou plus', '6 mois', 'valeur par défaut'],
      [
        'Hausse de la vacance d’une rue',
        'alerte quand le taux de vacance d’une rue d’au moins 10 locaux gagne 10 points ou plus en 12 mois',
        '8 points',
        'agent@lille.fr, le 15/09/2026',
      ],
      [
        'Baisse de fréquentation d’un site',
        'alerte quand la fréquentation moyenne d’un site baisse de 25 % ou plus par rapport au même mois un an plus tôt',
        '20 %',
        'admin@lille.fr, le 01/06/2026',
      ],
    ]);
  });

  it('gives the form its unit and bound: a rate moves by 100 at most, a delay has no ceiling', () => {
    const rows = buildAlertThresholds(ALERT_THRESHOLDS_FIXTURE, 'fr');
    expect(rows.map((row) => [row.kind, row.value, row.unitName, row.max])).toEqual([
      ['programme_overrun', 5, '%', 100],
      ['programme_slippage', 6, 'mois', null],
      ['vacancy_spike', 10, 'points', 100],
      ['footfall_drop', 25, '%', 100],
    ]);
  });
});
