import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { shellActions } from '../../../core/context/shell.actions';
import { dataActions } from './freshness.actions';
import * as freshnessEffects from './freshness.effects';
import { freshnessFeature } from './freshness.feature';
import { selectFreshnessItems } from './freshness.selectors';

describe('freshness effects', () => {
  /** The first reading waits for the page's own data (a stable application); later ones go at once. */
  const settle = async () => {
    await TestBed.inject(ApplicationRef).whenStable();
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };

  it('reads the freshness of the commune in view, again for another commune and after an import', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({
          [contextFeature.name]: contextFeature.reducer,
          [freshnessFeature.name]: freshnessFeature.reducer,
        }),
        provideEffects(freshnessEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [
          { insee_code: '59350', name: 'Lille', population: 1, is_demo: true },
          { insee_code: '59512', name: 'Roubaix', population: 1, is_demo: true },
        ],
      }),
    );
    backend.expectNone('/api/v1/health?commune=59350');
    await settle();
    backend.expectOne('/api/v1/health?commune=59350').flush({
      status: 'ok',
      demo: true,
      freshness: [
        {
          commune_insee: '59350',
          source: 'budget',
          last_import_at: null,
          latest_data: '2025-12-31',
        },
      ],
    });
    expect(
      store
        .selectSignal(selectFreshnessItems)()
        .map((item) => item.latestData),
    ).toEqual(['31/12/2025']);

    store.dispatch(shellActions.communeSelected({ commune: '59512' }));
    expect(store.selectSignal(selectFreshnessItems)()).withContext('Lille dates are not shown for Roubaix').toEqual([]);
    await settle();
    backend.expectOne('/api/v1/health?commune=59512').flush({ status: 'ok', demo: true, freshness: [] });

    store.dispatch(dataActions.changed({ commune: '59512' }));
    await settle();
    backend.expectOne('/api/v1/health?commune=59512').flush({ status: 'ok', demo: true, freshness: [] });
    backend.verify();
  });
});
