import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { FAMILY_ALERTS_FIXTURE } from '../../alerts/data-access/family-alerts.fixture';
import { BRIEF_DATA_FIXTURE, PARTNERS_FIXTURE } from '../data-access/brief-data.fixture';
import { briefPageActions } from './brief-page.actions';
import * as briefEffects from './brief.effects';
import { briefFeature } from './brief.feature';

describe('brief effects', () => {
  let backend: HttpTestingController;
  let store: Store;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideState(briefFeature),
        provideEffects(briefEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
  });

  afterEach(() => backend.verify());

  function answerPublic(): void {
    backend.expectOne('/api/v1/overview?commune=59350').flush(BRIEF_DATA_FIXTURE.overview);
    backend
      .expectOne('/api/v1/budget/health?commune=59350&year=2025&years=6')
      .flush(BRIEF_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BRIEF_DATA_FIXTURE.thresholds);
    backend
      .expectOne('/api/v1/fluids/commune-years?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.fluids);
    backend
      .expectOne('/api/v1/budget/programmes?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.programmes);
  }

  it('reads public endpoints only for the public, then compares the partners on the accounts year', () => {
    store.dispatch(
      briefPageActions.opened({
        commune: '59350',
        year: 2026,
        staff: false,
        communes: ['59350', '59512'],
        detailed: ['59350'],
      }),
    );
    backend.expectOne('/api/v1/overview?commune=59350').flush(BRIEF_DATA_FIXTURE.overview);
    backend
      .expectOne('/api/v1/budget/health?commune=59350&year=2026&years=6')
      .flush(BRIEF_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BRIEF_DATA_FIXTURE.thresholds);
    backend
      .expectOne('/api/v1/fluids/commune-years?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.fluids);
    backend
      .expectOne('/api/v1/budget/programmes?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.programmes);

    // The year 2026 has no accounts yet: partners are compared on 2025, in detail only for the readable commune.
    backend
      .expectOne('/api/v1/budget/comparison?year=2025&communes=59350,59512')
      .flush(PARTNERS_FIXTURE.ratios);
    backend.expectOne('/api/v1/overview?commune=59350').flush(PARTNERS_FIXTURE.overview);
    backend
      .expectOne('/api/v1/fluids/commune-years?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.fluids);

    backend.expectNone(
      (request) =>
        request.url.includes('/fluids/alerts') ||
        request.url.startsWith('/api/v1/alerts') ||
        request.url.includes('/comments'),
    );
    expect(store.selectSignal(briefFeature.selectStatus)()).toBe('loaded');
    expect(store.selectSignal(briefFeature.selectPartnersYear)()).toBe(2025);
  });

  it('adds the open fluids, programmes, vacancy and footfall alerts and the comments of the year for staff', () => {
    store.dispatch(
      briefPageActions.opened({
        commune: '59350',
        year: 2025,
        staff: true,
        communes: [],
        detailed: [],
      }),
    );
    backend.expectOne('/api/v1/fluids/alerts?commune=59350&status=open&limit=50').flush([]);
    backend
      .expectOne('/api/v1/alerts?commune=59350&status=open&limit=50')
      .flush(FAMILY_ALERTS_FIXTURE);
    backend.expectOne('/api/v1/comments?commune=59350&from=2025-01-01&to=2025-12-31').flush([
      {
        id: 1,
        commune_insee: '59350',
        target: 'fluids:cout',
        period_start: '2025-01-01',
        period_end: '2025-12-31',
        body: 'Piscine fermée pour travaux',
        author: 'elu@lille.fr',
        created_at: '2026-01-10T09:00:00Z',
      },
    ]);
    answerPublic();
    expect(store.selectSignal(briefFeature.selectComments)().length).toBe(1);
    expect(store.selectSignal(briefFeature.selectAlertsStatus)()).toBe('loaded');
    expect(store.selectSignal(briefFeature.selectFamilyAlerts)().length).toBe(5);
  });

  it('keeps the fluids alerts when the other families’ alerts are refused', () => {
    store.dispatch(
      briefPageActions.opened({
        commune: '59350',
        year: 2025,
        staff: true,
        communes: [],
        detailed: [],
      }),
    );
    backend.expectOne((r) => r.url === '/api/v1/fluids/alerts').flush([]);
    backend
      .expectOne((r) => r.url === '/api/v1/alerts')
      .flush(
        { error: { code: 'not_found', message: 'Ressource introuvable.' } },
        { status: 404, statusText: 'Not Found' },
      );
    backend.expectOne((r) => r.url === '/api/v1/comments').flush([]);
    answerPublic();
    expect(store.selectSignal(briefFeature.selectAlertsStatus)()).toBe('loaded');
    expect(store.selectSignal(briefFeature.selectFamilyAlertsStatus)()).toBe('error');
    expect(store.selectSignal(briefFeature.selectStatus)()).toBe('loaded');
  });

  it('sends a comment and keeps the one the API created', () => {
    store.dispatch(
      briefPageActions.commentSubmitted({
        comment: {
          commune: '59350',
          target: 'fluids:cout',
          period_start: '2025-01-01',
          period_end: '2025-12-31',
          body: 'Piscine fermée',
        },
      }),
    );
    const request = backend.expectOne('/api/v1/comments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body.target).toBe('fluids:cout');
    request.flush({
      id: 9,
      commune_insee: '59350',
      target: 'fluids:cout',
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      body: 'Piscine fermée',
      author: 'elu@lille.fr',
      created_at: '2026-01-10T09:00:00Z',
    });
    expect(
      store
        .selectSignal(briefFeature.selectComments)()
        .map((c) => c.id),
    ).toEqual([9]);
    expect(store.selectSignal(briefFeature.selectCommentSaving)()).toBeFalse();
  });
});
