import { KpisApi } from '../../../shared/kpis/kpis-api';
import { COMMERCE_KPIS_2025 } from '../data-access/commerce-kpis.fixture';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, of } from 'rxjs';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { SessionUser } from '../../../core/auth/session-user';
import { QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { CommerceApi } from '../data-access/commerce-api';
import {
  IMPACT_FIXTURE,
  INTERVENTIONS_FIXTURE,
  MONTHLY_FIXTURE,
  OVERVIEW_FIXTURE,
  STREETS_FIXTURE,
} from '../data-access/commerce-rows.fixture';
import { CountsApi } from '../data-access/counts-api';
import { commerceApiActions } from './commerce-api.actions';
import { commercePageActions, impactPageActions, streetPageActions } from './commerce-page.actions';
import { analyseDefault, loadImpact, loadInterventions, loadStreet, loadVacancy } from './commerce.effects';

describe('commerce effects', () => {
  let backend: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideMockStore()],
    });
    backend = TestBed.inject(HttpTestingController);
    emitted = [];
  });

  afterEach(() => backend.verify({ ignoreCancelled: true }));

  const collect = (source: Observable<Action>) => source.subscribe((action) => emitted.push(action));

  /** A store whose session is settled: signed out, or signed in as an agent. */
  const sessionOf = (user: SessionUser | null) => {
    const store = TestBed.inject(MockStore);
    store.setState({ auth: { ...initialAuthState, sessionStatus: 'known', user } });
    return store;
  };
  const AGENT: SessionUser = {
    id: 1,
    email: 'agent@ville.fr',
    role: 'agent',
    commune_insee: null,
    display_name: null,
  };

  const openVacancy = (user: SessionUser | null) =>
    collect(
      loadVacancy(
        of(commercePageActions.opened({ commune: '59350', year: 2025, date: '2025-12-31' })),
        TestBed.inject(CommerceApi),
        TestBed.inject(CountsApi),
        TestBed.inject(QuartiersApi),
        sessionOf(user),
        TestBed.inject(KpisApi),
      ),
    );

  const answerVacancy = (sites: () => void) => {
    backend.expectOne('/api/v1/commerce/overview?commune=59350&date=2025-12-31').flush(OVERVIEW_FIXTURE);
    // December of a past year: the streets of December
    backend.expectOne('/api/v1/commerce/streets?commune=59350&month=2025-12').flush(STREETS_FIXTURE);
    backend.expectOne('/api/v1/commerce/vacancy/monthly?commune=59350&by=commune').flush(MONTHLY_FIXTURE);
    backend.expectOne('/api/v1/commerce/vacancy?commune=59350&date=2025-12-31&by=quartier').flush([]);
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    sites();
    backend.expectOne('/api/v1/commerce/activity-mix?commune=59350&date=2025-12-31&by=commune').flush([]);
    backend.expectOne('/api/v1/commerce/durations?commune=59350&by=commune').flush([]);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=commerce').flush(COMMERCE_KPIS_2025);
  };

  it('loads the vacancy page for the public without asking for the premises one by one, which are internal', () => {
    openVacancy(null);
    answerVacancy(() =>
      backend.expectOne('/api/v1/counts/sites?commune=59350&from=2025-01-01&to=2025-12-31').flush([]),
    );
    backend.expectNone('/api/v1/commerce/premises?commune=59350&date=2025-12-31');

    const loaded = emitted[0] as ReturnType<typeof commerceApiActions.vacancyLoadedSuccess>;
    expect([loaded.type, loaded.premises]).toEqual([commerceApiActions.vacancyLoadedSuccess.type, []]);
  });

  it('loads the vacancy page together for staff, and shows it without counters when the commune has no counts', () => {
    openVacancy(AGENT);
    answerVacancy(() =>
      backend
        .expectOne('/api/v1/counts/sites?commune=59350&from=2025-01-01&to=2025-12-31')
        .flush(
          { error: { code: 'not_found', message: 'Commune 59350 has no counts yet' } },
          { status: 404, statusText: 'Not Found' },
        ),
    );
    backend.expectOne('/api/v1/commerce/premises?commune=59350&date=2025-12-31').flush([]);

    expect(emitted.length).toBe(1);
    const loaded = emitted[0] as ReturnType<typeof commerceApiActions.vacancyLoadedSuccess>;
    expect([loaded.type, loaded.streets.length, loaded.sites]).toEqual([
      commerceApiActions.vacancyLoadedSuccess.type,
      4,
      [],
    ]);
  });

  const openStreet = (user: SessionUser | null) =>
    collect(
      loadStreet(
        of(
          streetPageActions.opened({
            commune: '59350',
            year: 2025,
            date: '2025-12-31',
            street: 'rue Neuve',
          }),
        ),
        TestBed.inject(CommerceApi),
        TestBed.inject(CountsApi),
        sessionOf(user),
        TestBed.inject(KpisApi),
      ),
    );

  it('opens a street without an account: everything but the premises one by one and their history, never asked for', () => {
    openStreet(null);

    backend.expectOne('/api/v1/commerce/streets/history?commune=59350&street=rue%20Neuve').flush([]);
    backend.expectNone('/api/v1/commerce/streets/timeline?commune=59350&street=rue%20Neuve');
    backend.expectNone('/api/v1/commerce/premises?commune=59350&date=2025-12-31&street=rue%20Neuve');
    backend.expectOne('/api/v1/commerce/durations?commune=59350&by=street&key=rue%20Neuve').flush([]);
    backend
      .expectOne('/api/v1/commerce/activity-mix?commune=59350&date=2025-12-31&by=street&key=rue%20Neuve')
      .flush([]);
    backend.expectOne('/api/v1/counts/interventions?commune=59350').flush([]);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=flows').flush([]);

    const loaded = emitted[0] as ReturnType<typeof commerceApiActions.streetLoadedSuccess>;
    expect([loaded.type, loaded.timeline, loaded.premises]).toEqual([
      commerceApiActions.streetLoadedSuccess.type,
      null,
      null,
    ]);
  });

  it('asks for the premises of the street and their history when the reader is staff', () => {
    openStreet(AGENT);

    backend.expectOne('/api/v1/commerce/streets/timeline?commune=59350&street=rue%20Neuve').flush([]);
    backend.expectOne('/api/v1/commerce/premises?commune=59350&date=2025-12-31&street=rue%20Neuve').flush([]);
    backend.match(() => true).forEach((request) => request.flush([]));

    const loaded = emitted[0] as ReturnType<typeof commerceApiActions.streetLoadedSuccess>;
    expect([loaded.timeline, loaded.premises]).toEqual([[], []]);
  });

  it('opens the impact tool on the latest works and analyses it straight away', () => {
    collect(
      loadInterventions(
        of(impactPageActions.opened({ commune: '59350', intervention: null })),
        TestBed.inject(CountsApi),
      ),
    );
    backend.expectOne('/api/v1/counts/interventions?commune=59350').flush(INTERVENTIONS_FIXTURE);
    backend.expectOne('/api/v1/counts/sites?commune=59350').flush([]);
    collect(analyseDefault(of(emitted[0])));

    expect(emitted[1]).toEqual(
      impactPageActions.analysisRequested({
        commune: '59350',
        request: { intervention: 'LIL-INT-001', window: 56 },
      }),
    );
  });

  it("asks the API for the impact, a newer request winning, and passes the API's own error message on", () => {
    const works = impactPageActions.analysisRequested({
      commune: '59350',
      request: { intervention: 'LIL-INT-001', window: 56 },
    });
    const adHoc = impactPageActions.analysisRequested({
      commune: '59350',
      request: { street: 'rue Neuve', start: '2025-01-01', end: '2025-02-01', window: 28 },
    });
    collect(loadImpact(of(works, adHoc), TestBed.inject(CountsApi)));

    const [first, second] = backend.match((r) => r.url === '/api/v1/counts/impact');
    expect(first.cancelled).toBeTrue();
    expect(second.request.params.toString()).toBe(
      'commune=59350&street=rue%20Neuve&start=2025-01-01&end=2025-02-01&window=28',
    );
    second.flush(
      { error: { code: 'unprocessable', message: 'No control site' } },
      { status: 422, statusText: 'Unprocessable' },
    );

    expect(emitted).toEqual([commerceApiActions.impactLoadedFailure({ error: 'No control site' })]);
  });

  it('turns the impact the API computed into a success', () => {
    collect(
      loadImpact(
        of(
          impactPageActions.analysisRequested({
            commune: '59350',
            request: { intervention: 'LIL-INT-001', window: 56 },
          }),
        ),
        TestBed.inject(CountsApi),
      ),
    );

    backend.expectOne('/api/v1/counts/impact?commune=59350&intervention=LIL-INT-001&window=56').flush(IMPACT_FIXTURE);

    expect(emitted).toEqual([commerceApiActions.impactLoadedSuccess({ result: IMPACT_FIXTURE })]);
  });
});
