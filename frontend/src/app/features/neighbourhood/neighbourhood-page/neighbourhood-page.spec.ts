import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import * as neighbourhoodEffects from '../state/neighbourhood.effects';
import { neighbourhoodFeature } from '../state/neighbourhood.feature';
import { NeighbourhoodPage } from './neighbourhood-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('NeighbourhoodPage', () => {
  let fixture: ComponentFixture<NeighbourhoodPage>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideState(neighbourhoodFeature),
        provideEffects(neighbourhoodEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(Store).dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
      }),
    );
    fixture = TestBed.createComponent(NeighbourhoodPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(QUARTIERS_FIXTURE);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(QUARTIER_SUMMARIES_FIXTURE);
    await fixture.whenStable();
  });

  afterEach(() => host.remove());

  it('lists the quartiers of Lille on the map and in its list', () => {
    expect(text(host.querySelector('h1'))).toBe('Quartiers');
    expect(host.querySelectorAll('.area-list button').length).toBe(2);
  });

  it('tables the figures of every quartier, sortable, with a CSV download', () => {
    const table = host.querySelector('section app-data-table table')!;
    expect(text(table.querySelector('caption'))).toBe('Chiffres par quartier – Lille 2025');
    expect(Array.from(table.querySelectorAll('tbody th[scope="row"]')).map(text)).toEqual(['Wazemmes', 'Fives']);
    expect(table.querySelectorAll('thead button').length).toBe(10);
  });

  it('recolours the map and the comparison when another indicator is chosen', async () => {
    const select = host.querySelector('app-quartier-map-panel select') as HTMLSelectElement;
    select.value = 'vacancy_rate';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect(text(host.querySelector('app-chart-card h2'))).toBe('Taux de vacance commerciale par quartier');
    expect(text(host.querySelector('app-quartier-map-panel .summary'))).toContain(
      'valeur la plus élevée à Fives (14,0 %)',
    );
  });
});
