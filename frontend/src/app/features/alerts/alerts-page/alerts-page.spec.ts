import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { Role } from '../../../core/auth/session-user';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { BUDGET_DATA_FIXTURE } from '../data-access/budget-data.fixture';
import { ALERT_THRESHOLDS_FIXTURE, FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { FLUIDS_ALERTS_FIXTURE } from '../data-access/fluids-alerts.fixture';
import * as alertsEffects from '../state/alerts.effects';
import { alertsFeature } from '../state/alerts.feature';
import { AlertsPage } from './alerts-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const BETHUNE = 'vacancy_spike|rue de Béthune';

describe('AlertsPage', () => {
  let fixture: ComponentFixture<AlertsPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;
  let store: Store;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore({
          [contextFeature.name]: contextFeature.reducer,
          [authFeature.name]: authFeature.reducer,
        }),
        provideState(alertsFeature),
        provideEffects(alertsEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
      }),
    );
  });

  afterEach(() => {
    host?.remove();
    backend.verify();
  });

  async function open(role: Role, family: 'served' | 'missing' = 'served'): Promise<void> {
    store.dispatch(
      authApiActions.sessionLoaded({
        user: { id: 2, email: `${role}@lille.fr`, role, commune_insee: null, display_name: null },
      }),
    );
    fixture = TestBed.createComponent(AlertsPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/v1/fluids/alerts').flush(FLUIDS_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/budget/health').flush(BUDGET_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BUDGET_DATA_FIXTURE.thresholds);
    backend.expectOne('/api/v1/budget/programmes?commune=59350').flush(BUDGET_DATA_FIXTURE.programmes);
    // the catalogue's budget rows of the accounts year (2025 has its CA)
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=budget').flush(BUDGET_DATA_FIXTURE.kpis);
    const alerts = backend.expectOne('/api/v1/alerts?commune=59350&status=open&limit=200');
    const thresholds = backend.expectOne('/api/v1/alerts/thresholds?commune=59350');
    if (family === 'served') {
      alerts.flush(FAMILY_ALERTS_FIXTURE);
      thresholds.flush(ALERT_THRESHOLDS_FIXTURE);
    } else {
      const notFound = { error: { code: 'not_found', message: 'Ressource introuvable.' } };
      alerts.flush(notFound, { status: 404, statusText: 'Not Found' });
      thresholds.flush(notFound, { status: 404, statusText: 'Not Found' });
    }
    await fixture.whenStable();
  }

  const headings = () => Array.from(host.querySelectorAll('h2')).map(text);
  const section = (id: string) => host.querySelector(`section[aria-labelledby="${id}"]`)!;

  it('shows an agent every family in its own section, summed up in one sentence', async () => {
    await open('agent');
    expect(headings()).toEqual([
      'Fluides des bâtiments',
      'Programmes (AP/CP)',
      'Commerce : vacance',
      'Flux : fréquentation',
      'Budget : ratios financiers',
      'Seuils en vigueur',
    ]);
    expect(text(host.querySelector('.summary[role="status"]'))).toBe(
      '7 alertes à traiter : 3 de fluides (surcoût estimé 1 000 €), 2 sur des programmes (dépassement estimé 1 020 000 €), 1 de vacance commerciale, 1 de fréquentation ; 2 prises en charge ; 2 points budgétaires à surveiller.',
    );
    const street = section('alerts-commerce').querySelector('tbody tr')!;
    expect(Array.from(street.children).slice(0, 4).map(text)).toEqual([
      'rue de Béthunequartier Centre',
      'vacance +21,6 points en 12 mois (6,7 % → 28,3 %)',
      '!! Critique',
      'mars 2026',
    ]);
    // Programmes are told by their alerts: the ratios section keeps only the ratios.
    expect(section('alerts-ratios').querySelectorAll('li').length).toBe(2);
    expect(host.querySelector('a[href="/fluids/regles"]')).not.toBeNull();
  });

  it('lets an agent take the rue de Béthune in hand with a note', async () => {
    await open('agent');
    const row = section('alerts-commerce').querySelector('tbody tr')!;
    const note = row.querySelector<HTMLInputElement>('input')!;
    note.value = 'Rencontre avec les bailleurs le 12/11';
    note.dispatchEvent(new Event('input'));
    row.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    const put = backend.expectOne(`/api/v1/alerts/${encodeURIComponent(BETHUNE)}/acknowledgement`);
    expect(put.request.body).toEqual({
      commune: '59350',
      comment: 'Rencontre avec les bailleurs le 12/11',
    });
    put.flush({
      ...FAMILY_ALERTS_FIXTURE.find((alert) => alert.alert_key === BETHUNE)!,
      status: 'acknowledged',
      acknowledged_by: 'agent@lille.fr',
      acknowledged_at: '2026-11-03T09:15:00Z',
      comment: 'Rencontre avec les bailleurs le 12/11',
    });
    await fixture.whenStable();
    expect(text(section('alerts-commerce').querySelector('tbody tr td:last-child'))).toBe(
      '✓ Prise en charge par agent@lille.fr le 03/11/2026 Rencontre avec les bailleurs le 12/11 Annuler la prise en charge : rue de Béthune : vacance +21,6 points en 12 mois (6,7 % → 28,3 %), depuis mars 2026',
    );
  });

  it('lets an agent raise the vacancy threshold, announces it, and reads the alerts again', async () => {
    await open('agent');
    const field = host.querySelector<HTMLInputElement>('#threshold-vacancy_spike')!;
    field.value = '25';
    field.dispatchEvent(new Event('input'));
    field.closest('form')!.querySelector<HTMLButtonElement>('button')!.click();

    const put = backend.expectOne('/api/v1/alerts/thresholds/vacancy_spike');
    expect(put.request.body).toEqual({ commune: '59350', threshold_value: 25 });
    put.flush({
      ...ALERT_THRESHOLDS_FIXTURE[2],
      threshold_value: 25,
      updated_by: 'agent@lille.fr',
      updated_at: '2026-11-03T09:20:00Z',
    });
    backend
      .expectOne('/api/v1/alerts?commune=59350&status=open&limit=200')
      .flush(FAMILY_ALERTS_FIXTURE.filter((alert) => alert.alert_key !== BETHUNE));
    await fixture.whenStable();

    expect(text(section('alerts-thresholds').querySelector('[role="status"]'))).toBe(
      'Seuil « Hausse de la vacance d’une rue » enregistré : 25 points. Les alertes sont recalculées.',
    );
    expect(text(section('alerts-commerce'))).toContain('Aucune hausse de la vacance pour ce filtre.');
    expect(text(section('alerts-thresholds'))).toContain('agent@lille.fr, le 03/11/2026');
  });

  it('lets an elected member read the alerts and thresholds, with neither field nor button', async () => {
    await open('elected');
    expect(section('alerts-budget').querySelectorAll('tbody tr').length).toBe(3);
    for (const id of ['alerts-budget', 'alerts-commerce', 'alerts-flows', 'alerts-thresholds'])
      expect(section(id).querySelector('input, button')).withContext(id).toBeNull();
    expect(text(section('alerts-thresholds'))).toContain('admin@lille.fr, le 01/06/2026');
  });

  it('still shows the fluids when the other families are not served, says so, and lists the public programmes', async () => {
    await open('agent', 'missing');
    expect(section('alerts-fluids').querySelectorAll('tbody tr').length).toBe(4);
    const programmes = section('alerts-budget');
    expect(text(programmes.querySelector('[role="alert"]'))).toContain(
      'Les alertes des programmes, de la vacance et de la fréquentation n’ont pas pu être chargées. Ressource introuvable.',
    );
    expect(text(programmes.querySelector('app-decision-list'))).toContain(
      'Programme « Piscine de Fives » (Fives) : dépasse son autorisation de programme de 12 M€.',
    );
    expect(text(host.querySelector('.summary'))).toContain('n’ont pas pu être chargées');
    expect(text(section('alerts-thresholds'))).toContain('Les seuils n’ont pas pu être chargés.');
    expect(text(section('alerts-thresholds'))).toContain('Taux d’épargne brute');

    // "Réessayer" asks again for these alerts alone.
    programmes.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    backend.expectOne('/api/v1/alerts?commune=59350&status=open&limit=200').flush(FAMILY_ALERTS_FIXTURE);
    await fixture.whenStable();
    expect(section('alerts-budget').querySelectorAll('tbody tr').length).toBe(3);
  });

  it('applies the status filter to the fluids and the other families alike', async () => {
    await open('agent');
    const all = Array.from(host.querySelectorAll<HTMLInputElement>('input[name="alerts-status"]'))[2];
    all.click();
    backend.expectOne('/api/v1/fluids/alerts?commune=59350&status=all&limit=200').flush(FLUIDS_ALERTS_FIXTURE);
    backend.expectOne((r) => r.url === '/api/v1/budget/health').flush(BUDGET_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BUDGET_DATA_FIXTURE.thresholds);
    backend.expectOne('/api/v1/budget/programmes?commune=59350').flush(BUDGET_DATA_FIXTURE.programmes);
    // the catalogue's budget rows of the accounts year (2025 has its CA)
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=budget').flush(BUDGET_DATA_FIXTURE.kpis);
    backend.expectOne('/api/v1/alerts?commune=59350&status=all&limit=200').flush(FAMILY_ALERTS_FIXTURE);
    await fixture.whenStable();
    expect(store.selectSignal(alertsFeature.selectStatusFilter)()).toBe('all');
  });
});
