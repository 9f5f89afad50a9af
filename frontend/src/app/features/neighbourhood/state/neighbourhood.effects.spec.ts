import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { of } from 'rxjs';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { loadQuartiers } from './neighbourhood.effects';
import { quartiersApiActions } from './quartiers-api.actions';
import { quartiersPageActions } from './quartiers-page.actions';

describe('loadQuartiers effect', () => {
  let backend: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    emitted = [];
    loadQuartiers(
      of(quartiersPageActions.opened({ commune: '59512', year: 2023 })),
      TestBed.inject(QuartiersApi),
    ).subscribe((action) => emitted.push(action));
  });

  afterEach(() => backend.verify({ ignoreCancelled: true }));

  it('fetches the shapes and the figures of the quartiers of the commune for the year', () => {
    backend.expectOne('/api/v1/communes/59512/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59512&year=2023').flush(QUARTIER_SUMMARIES_FIXTURE);

    expect(emitted).toEqual([
      quartiersApiActions.loadedSuccess({
        commune: '59512',
        quartiers: QUARTIERS_FIXTURE,
        summaries: QUARTIER_SUMMARIES_FIXTURE,
      }),
    ]);
  });

  it('reports a failure with its reason', () => {
    backend
      .expectOne('/api/v1/communes/59512/quartiers')
      .flush({ error: { code: 'not_found', message: 'Aucun quartier pour 59512' } }, { status: 404, statusText: 'x' });

    expect(emitted).toEqual([quartiersApiActions.loadedFailure({ error: 'Aucun quartier pour 59512' })]);
  });
});
