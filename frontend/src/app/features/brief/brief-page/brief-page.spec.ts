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
import { BRIEF_DOCUMENT_FIXTURE } from '../data-access/brief-document.fixture';
import * as briefEffects from '../state/brief.effects';
import { briefFeature } from '../state/brief.feature';
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

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore({ [contextFeature.name]: contextFeature.reducer, [authFeature.name]: authFeature.reducer }),
        provideState(briefFeature),
        provideEffects(briefEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
      }),
    );
    store.dispatch(
      authApiActions.sessionLoaded({
        user: { id: 1, email: 'elu@lille.fr', role: 'elected', commune_insee: null, display_name: null },
      }),
    );
    fixture = TestBed.createComponent(BriefPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    host.remove();
    backend.verify();
  });

  it('renders the server’s document as is: summary, sections, figures, tables and the PDF link', async () => {
    const request = backend.expectOne((r) => r.url === '/api/v1/brief');
    expect(request.request.params.get('commune')).toBe('59350');
    const year = request.request.params.get('year');
    request.flush(BRIEF_DOCUMENT_FIXTURE);
    await fixture.whenStable();

    expect(text(host.querySelector('.doc-title'))).toBe('Note au conseil municipal – Lille');
    expect(text(host.querySelector('.essentials li'))).toBe('13 alertes critiques sont ouvertes.');
    expect([...host.querySelectorAll('app-brief-section h2')].map(text)).toEqual([
      'Chiffres clés',
      'Alertes',
      'Exécution budgétaire 2025',
    ]);
    expect(text(host.querySelector('[data-figure="taux_epargne_brute"] .value'))).toBe('12,2 %');
    expect([...host.querySelectorAll('[data-section="alerts"] tbody tr > *')].map(text)).toEqual([
      'Requalification de la rue Jean Sans Peur',
      '544 k€',
    ]);
    expect(host.querySelector('[data-section="execution"] app-echart')).not.toBeNull();
    expect(host.querySelector('article')?.getAttribute('lang')).toBe('fr');
    const link = host.querySelector<HTMLAnchorElement>('a[download]');
    expect(link?.getAttribute('href')).toBe(`/api/v1/brief.pdf?commune=59350&year=${year}`);
  });
});
