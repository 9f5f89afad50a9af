import { FLUIDS_KPIS_2025 } from '../data-access/fluids-kpis.fixture';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import {
  ALERTS_FIXTURE,
  BUILDINGS_FIXTURE,
  COMMUNE_MONTHS_FIXTURE,
  COMMUNE_YEARS_FIXTURE,
} from '../data-access/fluids-rows.fixture';
import * as fluidsEffects from '../state/fluids.effects';
import { fluidsFeature } from '../state/fluids.feature';
import { FluidsPage } from './fluids-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('FluidsPage', () => {
  let fixture: ComponentFixture<FluidsPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  async function open(signedIn: boolean): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideStore({
          [contextFeature.name]: contextFeature.reducer,
          [authFeature.name]: authFeature.reducer,
        }),
        provideState(fluidsFeature),
        provideEffects(fluidsEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Store).dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
      }),
    );
    TestBed.inject(Store).dispatch(
      authApiActions.sessionLoaded({
        user: signedIn
          ? { id: 1, email: 'agent@ville.fr', role: 'agent', commune_insee: null, display_name: null }
          : null,
      }),
    );
    fixture = TestBed.createComponent(FluidsPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => {
    host.remove();
    backend.verify({ ignoreCancelled: true });
  });

  function answerPublic(): void {
    backend.expectOne('/api/v1/fluids/commune-years?commune=59350').flush(COMMUNE_YEARS_FIXTURE);
    backend.expectOne('/api/v1/kpis?commune=59350&year=2025&family=fluids').flush(FLUIDS_KPIS_2025);
    backend.expectOne('/api/v1/fluids/commune-months?commune=59350&from=2024-01').flush(COMMUNE_MONTHS_FIXTURE);
    backend.expectOne('/api/v1/fluids/building-types?commune=59350&year=2025').flush([]);
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(QUARTIER_SUMMARIES_FIXTURE);
  }

  function answer(): void {
    answerPublic();
    backend.expectOne('/api/v1/fluids/buildings?commune=59350&year=2025').flush(BUILDINGS_FIXTURE);
    backend.expectOne('/api/v1/fluids/alerts?commune=59350&status=all').flush(ALERTS_FIXTURE);
  }

  it('gives a citizen the commune’s figures and offers to sign in for the buildings, without asking for them', async () => {
    await open(false);
    answerPublic();
    backend.expectNone((request) => /fluids\/(buildings|alerts)/.test(request.url));
    await fixture.whenStable();

    // no alert card: the public reads no alert, and "0 €" would say there is none
    expect([...host.querySelectorAll('app-kpi-card')].length).toBe(4);
    expect(host.querySelector('section[aria-labelledby="fluids-types"]')).not.toBeNull();
    expect(host.querySelector('section[aria-labelledby="fluids-alerts"]')).toBeNull();
    expect(text(host.querySelector('app-sign-in-offer'))).toContain('Se connecter');
    expect(host.querySelector('app-sign-in-offer a')?.getAttribute('href')).toContain('/login');
  });

  it('shows the key figures of 2025 and puts the costliest alerts first, each linked to its building', async () => {
    await open(true);
    expect(text(host.querySelector('[role="status"]'))).toBe('Chargement…');
    answer();
    await fixture.whenStable();

    expect(text(host.querySelector('h1'))).toBe('Fluides des bâtiments publics');
    expect(text(host.querySelector('.page-intro'))).toBe(
      'Les fluides des bâtiments municipaux de Lille en 2025, comparés à 2024.',
    );
    expect([...host.querySelectorAll('app-kpi-card')].length).toBe(5);
    const links = [...host.querySelectorAll('section[aria-labelledby="fluids-alerts"] tbody a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Complexe sportif Pierre de Coubertin', '/fluids/batiments/LIL-GYM-002'],
      ['École maternelle Jules Ferry', '/fluids/batiments/LIL-ECO-023'],
    ]);
    expect(text(host.querySelector('section[aria-labelledby="fluids-alerts"] .summary'))).toContain(
      '2 alertes à traiter',
    );
    expect(host.querySelector('app-download-links a')?.getAttribute('href')).toBe(
      '/api/v1/fluids/buildings?commune=59350&year=2025&format=csv',
    );
  });

  it('says what went wrong and offers to try again', async () => {
    await open(true);
    backend
      .expectOne('/api/v1/fluids/commune-years?commune=59350')
      .flush({ error: { code: 'internal', message: 'Base indisponible' } }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();

    expect(text(host.querySelector('[role="alert"]'))).toContain('Base indisponible');
  });
});
