import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { Observable, of } from 'rxjs';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { OverviewApi } from '../data-access/overview-api';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { OVERVIEW_KPIS_2025 } from '../data-access/overview-kpis.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { overviewApiActions } from './overview-api.actions';
import { overviewPageActions } from './overview-page.actions';
import { loadOverview, loadQuartiers } from './overview.effects';

describe('loadOverview effect', () => {
  let backend: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    emitted = [];
  });

  afterEach(() => backend.verify({ ignoreCancelled: true }));

  function run(actions$: Observable<Action>): void {
    loadOverview(actions$, TestBed.inject(OverviewApi), TestBed.inject(KpisApi)).subscribe((action) =>
      emitted.push(action),
    );
    loadQuartiers(actions$, TestBed.inject(QuartiersApi)).subscribe((action) => emitted.push(action));
  }

  it('fetches the key figures (catalogue and years) apart, and the quartier shapes and figures of the map beside them', () => {
    run(of(overviewPageActions.opened({ commune: '59350', year: 2025 })));

    backend.expectOne('/api/v1/overview?commune=59350').flush(OVERVIEW_ROWS_FIXTURE);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025').flush(OVERVIEW_KPIS_2025);
    expect(emitted).toEqual([
      overviewApiActions.loadedSuccess({
        commune: '59350',
        year: 2025,
        rows: OVERVIEW_ROWS_FIXTURE,
        kpis: OVERVIEW_KPIS_2025,
      }),
    ]);
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(QUARTIER_SUMMARIES_FIXTURE);

    expect(emitted[1]).toEqual(
      overviewApiActions.quartiersLoadedSuccess({
        commune: '59350',
        year: 2025,
        quartiers: QUARTIERS_FIXTURE,
        summaries: QUARTIER_SUMMARIES_FIXTURE,
      }),
    );
  });

  it("reports the API's own message when one of the requests fails", () => {
    run(of(overviewPageActions.opened({ commune: '59350', year: 2025 })));

    backend
      .expectOne('/api/v1/overview?commune=59350')
      .flush({ error: { code: 'not_found', message: 'Commune inconnue' } }, { status: 404, statusText: 'Not Found' });

    expect(emitted).toEqual([overviewApiActions.loadedFailure({ error: 'Commune inconnue' })]);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025');
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(QUARTIER_SUMMARIES_FIXTURE);
  });
});
