import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { freshnessFeature } from '../../../shared/ui/freshness/freshness.feature';
import { PRESENTATION_FIXTURE } from '../data-access/presentation-data.fixture';
import * as presentationEffects from '../state/presentation.effects';
import { presentationFeature } from '../state/presentation.feature';
import { PresentationPage } from './presentation-page';

@Component({ selector: 'app-quartiers-stub', template: '<h1>Quartiers</h1>' })
class QuartiersStub {}

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('PresentationPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'presentation', component: PresentationPage },
          { path: 'quartiers', component: QuartiersStub },
        ]),
        provideStore({
          [contextFeature.name]: contextFeature.reducer,
          [freshnessFeature.name]: freshnessFeature.reducer,
        }),
        provideState(presentationFeature),
        provideEffects(presentationEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(Store).dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 1, is_demo: true }],
      }),
    );
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  /** Answers the six public requests (backend.verify checks there is no other). */
  function answer(): void {
    backend.expectOne('/api/v1/communes/59350/quartiers').flush(PRESENTATION_FIXTURE.quartiers);
    backend.expectOne('/api/v1/quartiers/summary?commune=59350&year=2025').flush(PRESENTATION_FIXTURE.summaries);
    backend.expectOne('/api/v1/budget/programmes?commune=59350').flush(PRESENTATION_FIXTURE.programmes);
    backend
      .expectOne('/api/v1/budget/investment/operations?commune=59350&year=2025')
      .flush(PRESENTATION_FIXTURE.operations);
    backend.expectOne('/api/v1/overview?commune=59350').flush(PRESENTATION_FIXTURE.overview);
    backend.expectOne('/api/v1/commerce/streets?commune=59350&month=2025-12').flush(PRESENTATION_FIXTURE.streets);
  }

  function press(key: string): void {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }

  it('asks which quartier first, with public data only', async () => {
    await harness.navigateByUrl('/presentation?commune=59350&year=2025');
    answer();
    await harness.fixture.whenStable();
    const choices = Array.from(harness.routeNativeElement!.querySelectorAll('app-quartier-choice button')).map(text);
    expect(choices).toEqual(['Fives', 'Wazemmes']);

    (harness.routeNativeElement!.querySelector('app-quartier-choice button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/presentation?commune=59350&year=2025&quartier=2&slide=1');
    expect(text(harness.routeNativeElement!.querySelector('.slide h2'))).toBe('Fives');
  });

  it('turns the slides with the keyboard, counts them, and leaves with Escape', async () => {
    await harness.navigateByUrl('/presentation?commune=59350&year=2025&quartier=2');
    answer();
    await harness.fixture.whenStable();
    const page = () => harness.routeNativeElement!;
    expect(text(page().querySelector('.counter'))).toBe('Diapositive 1 sur 6');

    press('ArrowRight');
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.slide h2'))).toBe('Ce que la ville investit ici');
    expect(text(page().querySelector('.counter'))).toBe('Diapositive 2 sur 6');
    expect(document.activeElement).toBe(page().querySelector('.slide'));

    press('End');
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.counter'))).toBe('Diapositive 6 sur 6');
    press('PageUp');
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.slide h2'))).toBe('Commerces et fréquentation');
    press('Home');
    await harness.fixture.whenStable();
    expect(router.url).toContain('slide=1');
    expect(page().querySelector('.dot[aria-current="step"]')?.getAttribute('aria-label')).toBe('Diapositive 1 : Fives');

    press('Escape');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/quartiers?commune=59350&year=2025');
  });

  it('draws the map of investment with the quartier outlined and its programmes, on the investment slide', async () => {
    await harness.navigateByUrl('/presentation?commune=59350&year=2025&quartier=2&slide=2');
    answer();
    await harness.fixture.whenStable();
    const map = harness.routeNativeElement!.querySelector('app-leaflet-map')!;
    expect(map).toBeTruthy();
    expect(text(map.querySelector('.legend-title'))).toBe('Investissement par habitant en 2025');
    expect(Array.from(map.querySelectorAll('.area-list button[aria-pressed="true"]')).map(text)[0]).toContain('Fives');
    expect(text(map)).toContain('Piscine de Fives (en cours)');
  });
});
