import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { Observable, of } from 'rxjs';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { FluidsApi } from '../data-access/fluids-api';
import {
  ALERTS_FIXTURE,
  BUILDINGS_FIXTURE,
  COMMUNE_MONTHS_FIXTURE,
  COMMUNE_YEARS_FIXTURE,
} from '../data-access/fluids-rows.fixture';
import { fluidsApiActions } from './fluids-api.actions';
import { alertsPageActions, fluidsPageActions } from './fluids-page.actions';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { FLUIDS_KPIS_2025 } from '../data-access/fluids-kpis.fixture';
import { acknowledge, loadOverview } from './fluids.effects';

describe('fluids effects', () => {
  let backend: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    emitted = [];
  });

  afterEach(() => backend.verify());

  const openOverview = (reader: 'internal' | 'public') => {
    loadOverview(
      of(fluidsPageActions.opened({ commune: '59350', year: 2025, reader })),
      TestBed.inject(FluidsApi),
      TestBed.inject(QuartiersApi),
      TestBed.inject(KpisApi),
    ).subscribe((action) => emitted.push(action));

    backend.expectOne('/api/v1/fluids/commune-years?commune=59350').flush(COMMUNE_YEARS_FIXTURE);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=fluids').flush(FLUIDS_KPIS_2025);
    backend.expectOne('/api/v1/fluids/commune-months?commune=59350&from=2024-01').flush(COMMUNE_MONTHS_FIXTURE);
    backend.expectOne('/api/v1/fluids/building-types?commune=59350&year=2025').flush([]);
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(QUARTIER_SUMMARIES_FIXTURE);
  };

  it('loads the overview for staff: totals by year, months from the year before, types, buildings, alerts, quartiers', () => {
    openOverview('internal');
    backend.expectOne('/api/v1/fluids/buildings?commune=59350&year=2025').flush(BUILDINGS_FIXTURE);
    backend.expectOne('/api/v1/fluids/alerts?commune=59350&status=all').flush(ALERTS_FIXTURE);

    expect(emitted).toEqual([
      fluidsApiActions.overviewLoadedSuccess({
        commune: '59350',
        year: 2025,
        reader: 'internal',
        years: COMMUNE_YEARS_FIXTURE,
        kpis: FLUIDS_KPIS_2025,
        months: COMMUNE_MONTHS_FIXTURE,
        types: [],
        buildings: BUILDINGS_FIXTURE,
        alerts: ALERTS_FIXTURE,
        quartiers: QUARTIERS_FIXTURE,
        summaries: QUARTIER_SUMMARIES_FIXTURE,
      }),
    ]);
  });

  it('asks nothing internal for the public: no building, no alert, so no refusal', () => {
    openOverview('public');
    backend.expectNone('/api/v1/fluids/buildings?commune=59350&year=2025');
    backend.expectNone('/api/v1/fluids/alerts?commune=59350&status=all');

    const loaded = emitted[0] as ReturnType<typeof fluidsApiActions.overviewLoadedSuccess>;
    expect([loaded.reader, loaded.buildings, loaded.alerts]).toEqual(['public', [], []]);
  });

  it('saves an acknowledgement with its comment, and reports the API’s refusal', () => {
    const key = 'leak|LIL-ECO-023|water|2025-09';
    const actions$: Observable<Action> = of(
      alertsPageActions.acknowledgeClicked({ commune: '59350', key, comment: 'Plombier prévenu' }),
      alertsPageActions.unacknowledgeClicked({ commune: '59350', key }),
    );
    acknowledge(actions$, TestBed.inject(FluidsApi)).subscribe((action) => emitted.push(action));

    const put = backend.expectOne(`/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ commune: '59350', comment: 'Plombier prévenu' });
    put.flush({ ...ALERTS_FIXTURE[1], acknowledged: true, comment: 'Plombier prévenu' });
    backend
      .expectOne(`/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement?commune=59350`)
      .flush({ error: { code: 'forbidden', message: 'Accès refusé' } }, { status: 403, statusText: 'Forbidden' });

    expect(emitted.map((action) => action.type)).toEqual([
      fluidsApiActions.alertAcknowledgedSuccess.type,
      fluidsApiActions.acknowledgementFailure.type,
    ]);
    expect((emitted[1] as ReturnType<typeof fluidsApiActions.acknowledgementFailure>).error).toBe('Accès refusé');
  });
});
