import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { FAMILY_ALERTS_FIXTURE } from '../../alerts/data-access/family-alerts.fixture';
import { freshnessFeature } from '../../../shared/ui/freshness/freshness.feature';
import {
  ALERTS_FIXTURE,
  BRIEF_DATA_FIXTURE,
  PARTNERS_FIXTURE,
} from '../data-access/brief-data.fixture';
import * as briefEffects from '../state/brief.effects';
import { briefFeature } from '../state/brief.feature';
import { peersFeature } from '../../budget/peers/state/peers.feature';
import { BriefPage } from './brief-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('BriefPage', () => {
  let fixture: ComponentFixture<BriefPage>;
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
          [freshnessFeature.name]: freshnessFeature.reducer,
        }),
        provideState(briefFeature),
        provideState(peersFeature),
        provideEffects(briefEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [
          { insee_code: '59350', name: 'Lille', population: 236234, is_demo: true },
          { insee_code: '59512', name: 'Roubaix', population: 98089, is_demo: true },
        ],
      }),
    );
  });

  afterEach(() => {
    host?.remove();
    backend.verify();
  });

  async function open(user: 'public' | 'elected'): Promise<void> {
    store.dispatch(
      authApiActions.sessionLoaded({
        user:
          user === 'public'
            ? null
            : {
                id: 1,
                email: 'elu@lille.fr',
                role: 'elected',
                commune_insee: null,
                display_name: 'Marie Dupont',
              },
      }),
    );
    fixture = TestBed.createComponent(BriefPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    if (user === 'elected') {
      backend.expectOne((r) => r.url === '/api/v1/fluids/alerts').flush(ALERTS_FIXTURE);
      backend.expectOne((r) => r.url === '/api/v1/alerts').flush(FAMILY_ALERTS_FIXTURE);
      backend
        .expectOne((r) => r.url === '/api/v1/comments')
        .flush([
          {
            id: 4,
            commune_insee: '59350',
            target: 'fluids:cout',
            period_start: '2025-01-01',
            period_end: '2025-12-31',
            body: 'Fermeture de la piscine pour travaux en 2025',
            author: 'agent@lille.fr',
            created_at: '2026-01-10T09:00:00Z',
          },
        ]);
    }
    backend.expectOne('/api/v1/overview?commune=59350').flush(BRIEF_DATA_FIXTURE.overview);
    backend.expectOne((r) => r.url === '/api/v1/budget/health').flush(BRIEF_DATA_FIXTURE.health);
    backend.expectOne('/api/v1/budget/thresholds').flush(BRIEF_DATA_FIXTURE.thresholds);
    backend
      .expectOne('/api/v1/fluids/commune-years?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.fluids);
    backend
      .expectOne('/api/v1/budget/programmes?commune=59350')
      .flush(BRIEF_DATA_FIXTURE.programmes);
    backend.expectOne((r) => r.url === '/api/v1/budget/comparison').flush(PARTNERS_FIXTURE.ratios);
    for (const request of backend.match((r) => r.url === '/api/v1/overview'))
      request.flush(PARTNERS_FIXTURE.overview);
    for (const request of backend.match((r) => r.url === '/api/v1/fluids/commune-years'))
      request.flush([]);
    await fixture.whenStable();
  }

  it('shows the key figures of the four families, the decisions, the charts and the partners', async () => {
    await open('public');
    expect(text(host.querySelector('h1'))).toBe('Synthèse pour le conseil');
    expect(host.querySelectorAll('app-brief-figure').length).toBe(8);
    expect(Array.from(host.querySelectorAll('.family > h3')).map(text)).toEqual([
      'Budget',
      'Fluides des bâtiments publics',
      'Commerce',
      'Flux',
    ]);
    expect(host.querySelectorAll('app-decision-list li').length).toBe(5);
    expect(host.querySelectorAll('app-chart-card').length).toBe(3);
    expect(text(host.querySelector('#brief-partners ~ app-data-table caption'))).toBe(
      'Communes partenaires, compte administratif 2025',
    );
  });

  it('asks the public to sign in for the consumption alerts and offers no comment form', async () => {
    await open('public');
    expect(text(host.querySelector('app-decision-list .note'))).toContain('connectez-vous');
    expect(host.querySelector('app-brief-figure .link-button')).toBeNull();
  });

  it('shows staff the open alerts and the comment next to the figure it annotates', async () => {
    await open('elected');
    const cost = host.querySelector('[data-figure="fluids-cost"]')!;
    expect(text(cost.querySelector('app-comment-notes'))).toContain(
      'Fermeture de la piscine pour travaux en 2025',
    );
    expect(text(cost.querySelector('app-comment-notes'))).toContain(
      'Période du 01/01/2025 au 31/12/2025',
    );
    expect(text(host.querySelector('app-decision-list'))).toContain(
      '2 alerte(s) de consommation non traitée(s)',
    );
    const street = Array.from(host.querySelectorAll('app-decision-list li')).find((li) =>
      text(li).includes('Rue de Béthune'),
    )!;
    expect(text(street)).toContain(
      'CritiqueRue de Béthune : vacance +21,6 points en 12 mois (6,7 % → 28,3 %), depuis mars 2026.',
    );
    expect(street.querySelector('a')?.getAttribute('href')).toBe(
      '/commerce/rues/rue%20de%20B%C3%A9thune',
    );
    expect(host.querySelector('app-decision-list .note')).toBeNull();
    expect(host.querySelectorAll('app-brief-figure .link-button').length).toBe(8);
  });

  it('prints with the browser (and its "Save as PDF"), the cover and chart tables being for paper only', async () => {
    await open('public');
    const print = spyOn(window, 'print');
    const button = Array.from(host.querySelectorAll('button')).find(
      (b) => text(b) === 'Imprimer / PDF',
    )!;
    button.click();
    expect(print).toHaveBeenCalled();

    const cover = host.querySelector('app-brief-cover')!;
    expect(cover.classList).toContain('print-only');
    expect(text(cover)).toContain('Synthèse pour le conseil municipal');
    expect(text(cover)).toContain('Exercice 2025');
    expect(text(cover)).toContain('1 critique(s), 4 à surveiller');
    expect(getComputedStyle(cover).display).toBe('none');
    expect(host.querySelectorAll('.chart-table.print-only app-data-table').length).toBe(3);
    expect(document.documentElement.style.getPropertyValue('--pilotage-print-footer')).toContain(
      'Pilotage · Lille · exercice 2025',
    );
  });
});
