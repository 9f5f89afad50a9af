import { BRIEF_DATA_FIXTURE } from '../../brief/data-access/brief-data.fixture';
import { AlertsData } from '../data-access/alerts-api';
import { FluidsAlert } from '../data-access/alert-rows';
import {
  buildBudgetAlerts,
  buildFluidsAlerts,
  buildThresholds,
  summarizeAlerts,
} from './alerts.selectors';

const alert = (key: string, cost: number | null, acknowledged = false): FluidsAlert => ({
  alert_key: key,
  building_id: 'LIL-ECO-023',
  building_name: 'École Jules Ferry',
  building_type: 'school',
  fluid: 'water',
  unit: 'm3',
  kind: 'leak',
  month: '2026-10',
  since_month: '2025-09',
  months: 14,
  excess_quantity: 1000,
  estimated_cost_eur: cost,
  acknowledged,
  acknowledged_at: acknowledged ? '2026-11-01T10:00:00Z' : null,
  acknowledged_by: acknowledged ? 'agent@lille.fr' : null,
  comment: acknowledged ? 'Plombier appelé' : null,
});

const DATA: AlertsData = {
  fluids: [alert('a', 100), alert('b', null), alert('c', 5000.4, true), alert('d', 900)],
  health: BRIEF_DATA_FIXTURE.health,
  thresholds: BRIEF_DATA_FIXTURE.thresholds,
  programmes: BRIEF_DATA_FIXTURE.programmes,
};

describe('alerts centre view model', () => {
  it('lists the fluids alerts costliest first, in words, with who took them in hand', () => {
    const rows = buildFluidsAlerts(DATA.fluids, 'fr');
    expect(rows.map((row) => row.key)).toEqual(['c', 'd', 'a', 'b']);
    expect(rows[0]).toEqual(
      jasmine.objectContaining({
        kind: 'Fuite d’eau probable',
        fluid: 'eau',
        since: 'septembre 2025',
        acknowledgedBy: 'agent@lille.fr',
        comment: 'Plombier appelé',
      }),
    );
  });

  it('keeps the budget points: ratios past thresholds and programmes over budget, late or suspended', () => {
    expect(buildBudgetAlerts(DATA, 2025, 'fr').map((decision) => decision.id)).toEqual([
      'ratio-savings-rate',
      'ratio-debt-capacity',
      'programme-P1',
      'programme-P2',
      'programme-P4',
    ]);
  });

  it('writes the thresholds in force in words', () => {
    expect(buildThresholds(DATA, 'fr').map((t) => `${t.indicator} : ${t.rule}`)).toEqual([
      'Taux d’épargne brute : alerte sous 10,0 %, critique sous 7,0 %',
      'Capacité de désendettement : alerte au-delà de 12 ans, critique au-delà de 15 ans',
    ]);
  });

  it('sums up what is left to handle', () => {
    const fluids = buildFluidsAlerts(DATA.fluids, 'fr');
    // Open: 900 + 100 + unknown = 1 000 €; one taken in hand; 5 budget points of which none is a mere detail.
    expect(summarizeAlerts(fluids, buildBudgetAlerts(DATA, 2025, 'fr'), 'fr')).toBe(
      '3 alerte(s) de fluides à traiter (surcoût estimé 1 000 €), 1 prise(s) en charge ; 5 point(s) budgétaire(s) à surveiller.',
    );
  });
});
