import { ALERTS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { fluidsApiActions } from './fluids-api.actions';
import { alertsPageActions } from './fluids-page.actions';
import { fluidsFeature, initialFluidsState } from './fluids.feature';

describe('fluids reducer', () => {
  const loaded = fluidsFeature.reducer(
    initialFluidsState,
    fluidsApiActions.alertsLoadedSuccess({ commune: '59350', alerts: ALERTS_FIXTURE, quality: [] }),
  );
  const key = 'leak|LIL-ECO-023|water|2025-09';

  it('marks an alert pending while its acknowledgement is saved, then acknowledged everywhere it is shown', () => {
    const pending = fluidsFeature.reducer(
      loaded,
      alertsPageActions.acknowledgeClicked({ commune: '59350', key, comment: 'Plombier' }),
    );
    const saved = fluidsFeature.reducer(
      pending,
      fluidsApiActions.alertAcknowledgedSuccess({
        alert: {
          ...ALERTS_FIXTURE[1],
          acknowledged: true,
          acknowledged_by: 'agent@lille.fr',
          acknowledged_at: '2026-11-20T08:00:00Z',
          comment: 'Plombier',
        },
      }),
    );

    expect(pending.alerts.pending).toEqual([key]);
    expect(saved.alerts.pending).toEqual([]);
    expect(saved.alerts.alerts.find((a) => a.alert_key === key)).toEqual(
      jasmine.objectContaining({ acknowledged: true, comment: 'Plombier' }),
    );
    expect(saved.alerts.alerts.map((a) => a.alert_key)).toEqual(ALERTS_FIXTURE.map((a) => a.alert_key));
  });

  it('keeps the alert as it was and says why when saving fails', () => {
    const pending = fluidsFeature.reducer(loaded, alertsPageActions.unacknowledgeClicked({ commune: '59350', key }));
    const failed = fluidsFeature.reducer(
      pending,
      fluidsApiActions.acknowledgementFailure({ key, error: 'Accès refusé' }),
    );

    expect(failed.alerts.pending).toEqual([]);
    expect(failed.alerts.actionError).toBe('Accès refusé');
    expect(failed.alerts.alerts).toEqual(loaded.alerts.alerts);
  });
});
