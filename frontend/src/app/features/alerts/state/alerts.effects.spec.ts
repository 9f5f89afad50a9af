import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { BUDGET_DATA_FIXTURE } from '../data-access/budget-data.fixture';
import { ALERT_THRESHOLDS_FIXTURE, FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { FLUIDS_ALERTS_FIXTURE } from '../data-access/fluids-alerts.fixture';
import { alertsPageActions } from './alerts-page.actions';
import * as alertsEffects from './alerts.effects';
import { alertsFeature } from './alerts.feature';

const BETHUNE = 'vacancy_spike|rue de Béthune';
const apiError = (code: string, message: string) => ({ error: { code, message } });

describe('alerts centre effects', () => {
  let backend: HttpTestingController;
  let store: Store;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({}),
        provideState(alertsFeature),
        provideEffects(alertsEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
  });

  afterEach(() => backend.verify());

  const state = () => store.selectSignal(alertsFeature.selectAlertsState)();

  function answerFluidsAndBudget(status = 'open'): void {
    backend.expectOne(`/api/v1/fluids/alerts?commune=59350&status=${status}&limit=200`).flush(FLUIDS_ALERTS_FIXTURE);
    backend.expectOne('/api/v1/budget/health?commune=59350&year=2025&years=2').flush(BUDGET_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BUDGET_DATA_FIXTURE.thresholds);
    backend.expectOne('/api/v1/budget/programmes?commune=59350').flush(BUDGET_DATA_FIXTURE.programmes);
    // the catalogue's budget rows of the accounts year (2025 has its CA)
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=budget').flush(BUDGET_DATA_FIXTURE.kpis);
  }

  function open(): void {
    store.dispatch(alertsPageActions.opened({ commune: '59350', year: 2025 }));
  }

  it('opens with the fluids and budget figures, and the other families with their thresholds on their own requests', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne('/api/v1/alerts?commune=59350&status=open&limit=200').flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne('/api/v1/alerts/thresholds?commune=59350').flush(ALERT_THRESHOLDS_FIXTURE);

    expect(state().status).toBe('loaded');
    expect(state().familyStatus).toBe('loaded');
    expect(state().family.length).toBe(5);
    expect(state().thresholdsStatus).toBe('loaded');
  });

  it('keeps the fluids alerts when the other families are not served yet (404) and their thresholds refused (403)', () => {
    open();
    backend
      .expectOne('/api/v1/alerts?commune=59350&status=open&limit=200')
      .flush(apiError('not_found', 'Ressource introuvable.'), {
        status: 404,
        statusText: 'Not Found',
      });
    backend
      .expectOne('/api/v1/alerts/thresholds?commune=59350')
      .flush(apiError('forbidden', 'Accès refusé pour ce rôle.'), {
        status: 403,
        statusText: 'Forbidden',
      });
    answerFluidsAndBudget();

    expect(state().status).toBe('loaded');
    expect(state().data?.fluids.length).toBe(4);
    expect(state().familyStatus).toBe('error');
    expect(state().familyError).toBe('Ressource introuvable.');
    expect(state().thresholdsError).toBe('Accès refusé pour ce rôle.');

    // The section's "Réessayer" asks again for these alerts only.
    store.dispatch(alertsPageActions.familyAlertsRetried());
    backend.expectOne('/api/v1/alerts?commune=59350&status=open&limit=200').flush(FAMILY_ALERTS_FIXTURE);
    expect(state().familyStatus).toBe('loaded');
  });

  it('reads every family again under another status filter', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne((r) => r.url === '/api/v1/alerts').flush([]);
    backend.expectOne((r) => r.url === '/api/v1/alerts/thresholds').flush([]);

    store.dispatch(alertsPageActions.statusFilterChanged({ status: 'acknowledged' }));
    answerFluidsAndBudget('acknowledged');
    const acknowledged = FAMILY_ALERTS_FIXTURE.filter((alert) => alert.status === 'acknowledged');
    backend.expectOne('/api/v1/alerts?commune=59350&status=acknowledged&limit=200').flush(acknowledged);
    expect(state().family.map((alert) => alert.subject_label)).toEqual(['École Lakanal']);
  });

  it('takes the rue de Béthune alert in hand with a note, then withdraws it', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne((r) => r.url === '/api/v1/alerts').flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/alerts/thresholds').flush([]);

    store.dispatch(
      alertsPageActions.familyAlertAcknowledgeSubmitted({
        commune: '59350',
        key: BETHUNE,
        comment: 'Rencontre avec les bailleurs le 12/11',
      }),
    );
    expect(state().busyKey).toBe(BETHUNE);
    const put = backend.expectOne('/api/v1/alerts/vacancy_spike%7Crue%20de%20B%C3%A9thune/acknowledgement');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      commune: '59350',
      comment: 'Rencontre avec les bailleurs le 12/11',
    });
    const bethune = FAMILY_ALERTS_FIXTURE.find((alert) => alert.alert_key === BETHUNE)!;
    put.flush({
      ...bethune,
      status: 'acknowledged',
      acknowledged_by: 'agent@lille.fr',
      acknowledged_at: '2026-11-03T09:15:00Z',
      comment: 'Rencontre avec les bailleurs le 12/11',
    });
    const row = () => state().family.find((alert) => alert.alert_key === BETHUNE)!;
    expect(row().status).toBe('acknowledged');
    expect(row().acknowledged_by).toBe('agent@lille.fr');
    expect(state().busyKey).toBeNull();

    store.dispatch(alertsPageActions.familyAlertAcknowledgementWithdrawn({ commune: '59350', key: BETHUNE }));
    const remove = backend.expectOne(
      '/api/v1/alerts/vacancy_spike%7Crue%20de%20B%C3%A9thune/acknowledgement?commune=59350',
    );
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    expect(row().status).toBe('open');
    expect(row().comment).toBeNull();
  });

  it('waits for an acknowledgement on its way before reading the list again, so the alert keeps its new state', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne((r) => r.url === '/api/v1/alerts').flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/alerts/thresholds').flush([]);

    store.dispatch(
      alertsPageActions.familyAlertAcknowledgeSubmitted({
        commune: '59350',
        key: BETHUNE,
        comment: '',
      }),
    );
    store.dispatch(alertsPageActions.statusFilterChanged({ status: 'acknowledged' }));
    backend.expectNone((r) => r.url === '/api/v1/alerts' || r.url === '/api/v1/fluids/alerts');

    const bethune = FAMILY_ALERTS_FIXTURE.find((alert) => alert.alert_key === BETHUNE)!;
    backend
      .expectOne('/api/v1/alerts/vacancy_spike%7Crue%20de%20B%C3%A9thune/acknowledgement')
      .flush({ ...bethune, status: 'acknowledged', acknowledged_by: 'agent@lille.fr' });
    answerFluidsAndBudget('acknowledged');
    backend
      .expectOne('/api/v1/alerts?commune=59350&status=acknowledged&limit=200')
      .flush([{ ...bethune, status: 'acknowledged', acknowledged_by: 'agent@lille.fr' }]);

    expect(state().family.map((alert) => [alert.alert_key, alert.status])).toEqual([[BETHUNE, 'acknowledged']]);
  });

  it('says why an acknowledgement was refused', () => {
    store.dispatch(
      alertsPageActions.familyAlertAcknowledgeSubmitted({
        commune: '59350',
        key: BETHUNE,
        comment: '',
      }),
    );
    const put = backend.expectOne((r) => r.method === 'PUT');
    expect(put.request.body).toEqual({ commune: '59350' });
    put.flush(apiError('forbidden', 'Réservé aux agents et aux administrateurs.'), {
      status: 403,
      statusText: 'Forbidden',
    });
    expect(state().actionError).toBe('Réservé aux agents et aux administrateurs.');
    expect(state().busyKey).toBeNull();
  });

  it('saves a new vacancy threshold, then reads the alerts again under it', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne((r) => r.url === '/api/v1/alerts').flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/alerts/thresholds').flush(ALERT_THRESHOLDS_FIXTURE);

    store.dispatch(alertsPageActions.thresholdSubmitted({ commune: '59350', kind: 'vacancy_spike', value: 25 }));
    expect(state().savingThreshold).toBe('vacancy_spike');
    const put = backend.expectOne('/api/v1/alerts/thresholds/vacancy_spike');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ commune: '59350', threshold_value: 25 });
    put.flush({
      ...ALERT_THRESHOLDS_FIXTURE[2],
      threshold_value: 25,
      updated_by: 'agent@lille.fr',
      updated_at: '2026-11-03T09:20:00Z',
    });

    expect(state().savingThreshold).toBeNull();
    expect(state().thresholdOutcome).toEqual({ kind: 'vacancy_spike', error: null });
    expect(state().thresholds.find((t) => t.kind === 'vacancy_spike')?.threshold_value).toBe(25);
    // +21,6 points is under the new threshold: the rue de Béthune alert is gone.
    expect(state().familyStatus).toBe('loading');
    backend
      .expectOne('/api/v1/alerts?commune=59350&status=open&limit=200')
      .flush(FAMILY_ALERTS_FIXTURE.filter((alert) => alert.alert_key !== BETHUNE));
    expect(state().family.some((alert) => alert.alert_key === BETHUNE)).toBeFalse();
  });

  it('puts a threshold back to its default, then reads the alerts again under it', () => {
    open();
    answerFluidsAndBudget();
    backend.expectOne((r) => r.url === '/api/v1/alerts').flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/alerts/thresholds').flush(ALERT_THRESHOLDS_FIXTURE);

    store.dispatch(alertsPageActions.thresholdReset({ commune: '59350', kind: 'vacancy_spike' }));
    expect(state().savingThreshold).toBe('vacancy_spike');
    const reset = backend.expectOne('/api/v1/alerts/thresholds/vacancy_spike?commune=59350');
    expect(reset.request.method).toBe('DELETE');
    reset.flush({
      ...ALERT_THRESHOLDS_FIXTURE[2],
      threshold_value: ALERT_THRESHOLDS_FIXTURE[2].default_value,
      updated_by: null,
      updated_at: null,
    });

    expect(state().thresholds.find((t) => t.kind === 'vacancy_spike')?.updated_by).toBeNull();
    backend.expectOne('/api/v1/alerts?commune=59350&status=open&limit=200').flush(FAMILY_ALERTS_FIXTURE);
    expect(state().familyStatus).toBe('loaded');
  });

  it('keeps the threshold and the alerts as they were when the API refuses the value', () => {
    store.dispatch(alertsPageActions.thresholdSubmitted({ commune: '59350', kind: 'footfall_drop', value: 0.5 }));
    backend
      .expectOne('/api/v1/alerts/thresholds/footfall_drop')
      .flush(apiError('validation_error', 'Le seuil doit être compris entre 1 et 100.'), {
        status: 400,
        statusText: 'Bad Request',
      });
    expect(state().thresholdOutcome).toEqual({
      kind: 'footfall_drop',
      error: 'Le seuil doit être compris entre 1 et 100.',
    });
    backend.expectNone((r) => r.url === '/api/v1/alerts');
  });
});
