import { plainSpaces } from '../../../core/i18n/format-value';
import { ALERTS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { filterAlerts, summarizeAlerts, toAlertView } from './build-alert-list';

describe('the alert lists', () => {
  it('writes each alert in words: kind, fluid, period, cost and who acknowledged it', () => {
    const [trajectory, leak, anomaly] = ALERTS_FIXTURE.map((alert) =>
      toAlertView(alert, 'fr', ['leak|LIL-ECO-023|water|2025-09']),
    );

    expect([trajectory.kind, trajectory.fluid, trajectory.period, trajectory.cost]).toEqual([
      'Hors trajectoire du décret tertiaire',
      'Énergie (tous fluides)',
      'janvier 2025 à décembre 2025',
      12_544.17,
    ]);
    expect([leak.kind, leak.period, leak.pending]).toEqual([
      'Fuite d’eau probable',
      'septembre 2025 à octobre 2026',
      true,
    ]);
    expect([anomaly.period, anomaly.acknowledgement]).toEqual([
      'février 2026',
      'Prise en compte par agent@lille.fr le 02/11/2026 : Remplissage du bassin',
    ]);
  });

  it('keeps the open, the acknowledged or all of them', () => {
    expect(filterAlerts(ALERTS_FIXTURE, 'open').length).toBe(3);
    expect(filterAlerts(ALERTS_FIXTURE, 'acknowledged').map((a) => a.kind)).toEqual(['anomaly']);
    expect(filterAlerts(ALERTS_FIXTURE, 'all').length).toBe(4);
  });

  it('sums the open alerts up in one sentence naming the costliest', () => {
    expect(plainSpaces(summarizeAlerts(ALERTS_FIXTURE, 'fr'))).toBe(
      '2 alertes à traiter sur les 12 derniers mois, pour un coût estimé de 20 663 € ; la plus coûteuse : ' +
        'Complexe sportif Pierre de Coubertin (hors trajectoire du décret tertiaire, 12 544 €).',
    );
    expect(summarizeAlerts([ALERTS_FIXTURE[2]], 'en')).toBe('No open alert over the last 12 months.');
  });
});
