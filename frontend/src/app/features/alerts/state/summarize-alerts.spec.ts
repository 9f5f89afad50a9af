import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { Decision } from './build-decisions';
import { FLUIDS_ALERTS_FIXTURE } from '../data-access/fluids-alerts.fixture';
import { buildFluidsAlerts } from './build-fluids-alerts';
import { summarizeAlerts } from './summarize-alerts';

const FLUIDS = buildFluidsAlerts(FLUIDS_ALERTS_FIXTURE, 'fr');
const RATIOS: Decision[] = [
  { id: 'ratio-savings-rate', family: 'budget', severity: 'warning', text: '', link: '/budget' },
  { id: 'ratio-debt-capacity', family: 'budget', severity: 'warning', text: '', link: '/budget' },
];

describe('the sentence atop the alerts centre', () => {
  it('counts the alerts left to handle in every family, then those taken in hand and the budget points', () => {
    // Fluids: 900 + 100 + unknown = 1 000 € over 3 open alerts, one taken in hand. Other families: 2 open
    // programmes (1 020 000 € over the AP), a street, a site; École Lakanal taken in hand.
    expect(summarizeAlerts(FLUIDS, FAMILY_ALERTS_FIXTURE, 'loaded', RATIOS, 'all', 'fr')).toBe(
      '7 alertes à traiter : 3 de fluides (surcoût estimé 1 000 €), 2 sur des programmes (dépassement estimé 1 020 000 €), 1 de vacance commerciale, 1 de fréquentation ; 2 prises en charge ; 2 points budgétaires à surveiller.',
    );
  });

  it('says plainly when the programmes, vacancy and footfall alerts could not be read', () => {
    expect(summarizeAlerts(FLUIDS, [], 'error', RATIOS, 'open', 'fr')).toBe(
      '3 alertes à traiter : 3 de fluides (surcoût estimé 1 000 €) ; 1 prise en charge ; 2 points budgétaires à surveiller ; les alertes des programmes, de la vacance et de la fréquentation n’ont pas pu être chargées.',
    );
  });

  it('says while they are still loading, without counting stale rows', () => {
    expect(summarizeAlerts([], FAMILY_ALERTS_FIXTURE, 'loading', [], 'open', 'fr')).toBe(
      'Aucune alerte à traiter ; 0 point budgétaire à surveiller ; alertes des programmes, de la vacance et de la fréquentation en cours de chargement.',
    );
  });

  it('under the "taken in hand" filter, counts only those', () => {
    const acknowledged = FAMILY_ALERTS_FIXTURE.filter((alert) => alert.status === 'acknowledged');
    expect(summarizeAlerts([], acknowledged, 'loaded', RATIOS, 'acknowledged', 'fr')).toBe(
      '1 prise en charge ; 2 points budgétaires à surveiller.',
    );
  });

  it('speaks English too', () => {
    expect(summarizeAlerts([], FAMILY_ALERTS_FIXTURE.slice(0, 1), 'loaded', [], 'open', 'en')).toBe(
      '1 alert to handle: 1 on footfall; 0 budget points to watch.',
    );
  });
});
