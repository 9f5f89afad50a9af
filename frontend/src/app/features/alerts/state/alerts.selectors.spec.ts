import { BUDGET_DATA_FIXTURE } from '../data-access/budget-data.fixture';
import { AlertsData } from '../data-access/alerts-api';
import { FLUIDS_ALERTS_FIXTURE } from '../data-access/fluids-alerts.fixture';
import { ALERT_THRESHOLDS_FIXTURE } from '../data-access/family-alerts.fixture';
import { buildBudgetAlerts, buildThresholds, isRatio, thresholdMessage } from './alerts.selectors';
import { buildFluidsAlerts } from './build-fluids-alerts';

const DATA: AlertsData = {
  fluids: FLUIDS_ALERTS_FIXTURE,
  health: BUDGET_DATA_FIXTURE.health,
  thresholds: BUDGET_DATA_FIXTURE.thresholds,
  kpis: BUDGET_DATA_FIXTURE.kpis,
  programmes: BUDGET_DATA_FIXTURE.programmes,
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

  it('keeps the budget points: ratios past thresholds, and programmes from public data as a fallback', () => {
    const decisions = buildBudgetAlerts(DATA, 'fr');
    expect(decisions.map((decision) => decision.id)).toEqual([
      'ratio-savings-rate',
      'ratio-debt-capacity',
      'programme-P1',
      'programme-P2',
      'programme-P4',
    ]);
    // The ratios have their own section; the programmes have theirs, fed by their alerts.
    expect(decisions.filter(isRatio).length).toBe(2);
  });

  it('writes the ratio thresholds in force in words', () => {
    expect(buildThresholds(DATA, 'fr').map((t) => `${t.indicator} : ${t.rule}`)).toEqual([
      'Taux d’épargne brute : alerte sous 10,0 %, critique sous 7,0 %',
      'Capacité de désendettement : alerte au-delà de 12 ans, critique au-delà de 15 ans',
    ]);
  });

  it('announces a saved threshold with its new value, or why it was refused', () => {
    const saved = ALERT_THRESHOLDS_FIXTURE.map((row) =>
      row.kind === 'vacancy_spike' ? { ...row, threshold_value: 12.5 } : row,
    );
    expect(thresholdMessage({ kind: 'vacancy_spike', error: null }, saved, 'fr')).toEqual({
      tone: 'success',
      text: 'Seuil « Hausse de la vacance d’une rue » enregistré : 12,5 points. Les alertes sont recalculées.',
    });
    expect(
      thresholdMessage({ kind: 'footfall_drop', error: 'Le seuil doit être compris entre 1 et 100.' }, saved, 'fr'),
    ).toEqual({
      tone: 'error',
      text: 'Seuil « Baisse de fréquentation d’un site » non enregistré : Le seuil doit être compris entre 1 et 100.',
    });
    expect(thresholdMessage(null, saved, 'fr')).toBeNull();
  });

  it('says a threshold went back to its default', () => {
    const restored = ALERT_THRESHOLDS_FIXTURE.map((row) =>
      row.kind === 'vacancy_spike'
        ? { ...row, threshold_value: row.default_value, updated_by: null, updated_at: null }
        : row,
    );
    expect(thresholdMessage({ kind: 'vacancy_spike', error: null }, restored, 'fr')?.text).toBe(
      'Seuil « Hausse de la vacance d’une rue » remis à sa valeur par défaut : 8 points. Les alertes sont recalculées.',
    );
  });
});
