import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { OVERVIEW_KPIS_2025 } from '../data-access/overview-kpis.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import * as overviewEffects from '../state/overview.effects';
import { overviewFeature } from '../state/overview.feature';
import { OverviewPage } from './overview-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('OverviewPage', () => {
  let fixture: ComponentFixture<OverviewPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideState(overviewFeature),
        provideEffects(overviewEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Store).dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
      }),
    );
    fixture = TestBed.createComponent(OverviewPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    host.remove();
    backend.verify({ ignoreCancelled: true });
  });

  /** Answers the pending request to `url` (requests cancelled by an earlier failure are left aside). */
  function answer(url: string, body: object): void {
    const pending = backend.match(url).filter((request) => !request.cancelled);
    expect(pending.length).withContext(url).toBe(1);
    pending[0].flush(body);
  }

  function answerWithLilleData(): void {
    answer('/api/v1/overview?commune=59350', OVERVIEW_ROWS_FIXTURE);
    answer('/api/v1/kpis?commune=59350&year=2025', OVERVIEW_KPIS_2025);
    answer('/api/v1/communes/59350/quartiers', QUARTIERS_FIXTURE);
    answer('/api/v1/quartiers/summary?commune=59350&year=2025', QUARTIER_SUMMARIES_FIXTURE);
  }

  it('says it is loading while the figures of Lille for 2025 are on their way', () => {
    expect(text(host.querySelector('[role="status"]'))).toBe('Chargement…');
    answerWithLilleData();
  });

  it('shows the six key figures of 2025 against 2024, in French', async () => {
    answerWithLilleData();
    await fixture.whenStable();

    expect(text(host.querySelector('h1'))).toBe("Vue d'ensemble");
    expect(text(host.querySelector('.page-intro'))).toBe('Les chiffres clés de Lille en 2025, comparés à 2024.');
    const cards = Array.from(host.querySelectorAll('app-kpi-card'));
    expect(cards.length).toBe(6);
    expect(text(cards[0].querySelector('.kpi-value'))).toBe('412,5 M€');
    expect(text(cards[0].querySelector('.kpi-change'))).toContain('+3,2 % vs 2024');
  });

  it('shows both trend charts with their one-sentence summary', async () => {
    answerWithLilleData();
    await fixture.whenStable();

    const titles = Array.from(host.querySelectorAll('app-chart-card h3')).map(text);
    expect(titles).toEqual([
      'Dépenses de fonctionnement et d’investissement',
      'Coût des fluides des bâtiments publics',
    ]);
    expect(text(host.querySelector('app-chart-card .summary'))).toContain(
      'les dépenses de fonctionnement passent de 399,7 M€ à 412,5 M€ (+3,2 %)',
    );
  });

  it('shows the quartiers map with its list, and the figures of a quartier picked in the list', async () => {
    answerWithLilleData();
    await fixture.whenStable();

    const fives = Array.from(host.querySelectorAll('.area-list button')).find((button) =>
      text(button).startsWith('Fives'),
    ) as HTMLButtonElement;
    fives.click();
    await fixture.whenStable();

    expect(text(host.querySelector('app-quartier-details h3'))).toBe('Fives');
  });

  it('explains a failure and loads again on request', async () => {
    backend
      .expectOne('/api/v1/overview?commune=59350')
      .flush(
        { error: { code: 'db_unavailable', message: 'Base de données indisponible' } },
        { status: 503, statusText: 'x' },
      );
    await fixture.whenStable();

    const alert = host.querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('Base de données indisponible');

    (alert.querySelector('button') as HTMLButtonElement).click();
    answerWithLilleData();
    await fixture.whenStable();
    expect(host.querySelectorAll('app-kpi-card').length).toBe(6);
  });
});
