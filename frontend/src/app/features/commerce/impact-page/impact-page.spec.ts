import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { IMPACT_FIXTURE, INTERVENTIONS_FIXTURE } from '../data-access/commerce-rows.fixture';
import * as commerceEffects from '../state/commerce.effects';
import { commerceFeature } from '../state/commerce.feature';
import { ImpactPage } from './impact-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('ImpactPage', () => {
  let fixture: ComponentFixture<ImpactPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideState(commerceFeature),
        provideEffects(commerceEffects),
        provideRouter([]),
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
    fixture = TestBed.createComponent(ImpactPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    host.remove();
    backend.verify({ ignoreCancelled: true });
  });

  it('analyses the latest works on opening and says what changed, against the controls, with the days compared', async () => {
    backend.expectOne('/api/v1/counts/interventions?commune=59350').flush(INTERVENTIONS_FIXTURE);
    backend.expectOne('/api/v1/counts/sites?commune=59350').flush([]);
    await fixture.whenStable();
    backend.expectOne('/api/v1/counts/impact?commune=59350&intervention=LIL-INT-001&window=56').flush(IMPACT_FIXTURE);
    await fixture.whenStable();

    const sentence = text(host.querySelector('.impact-sentence'));
    expect(sentence).toContain('a baissé de 34,7 %');
    expect(sentence).toContain(
      'effet propre estimé -37,2 % (intervalle à 95 % : -41,8 % à -32,3 %), sur 208 jours comparés',
    );
    expect(host.querySelector<HTMLSelectElement>('select[name="intervention"]')?.value).toBe('LIL-INT-001');
    expect(text(host.querySelector('table caption'))).toBe('Avant, pendant, après : zone et compteurs témoins');
    const downloads = [...host.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual([
      '/api/v1/counts/impact?commune=59350&intervention=LIL-INT-001&window=56&format=csv',
      '/api/v1/counts/impact?commune=59350&intervention=LIL-INT-001&window=56&format=xlsx',
    ]);
  });

  it('analyses a period on a street chosen in the form', async () => {
    backend.expectOne('/api/v1/counts/interventions?commune=59350').flush([]);
    backend.expectOne('/api/v1/counts/sites?commune=59350').flush([
      {
        site_id: 'P1',
        name: 'Piétons – rue Neuve',
        kind: 'pedestrian',
        zone: 'Centre-ville',
        street: 'rue Neuve',
        quartier_id: null,
        lat: null,
        lon: null,
        days_followed: 0,
        days_complete: 0,
        hours_ok: 0,
        hours_fault: 0,
        hours_missing: 0,
        hours_expected: 0,
        completeness: null,
        count_total: 0,
        mean_daily_complete: null,
        first_day: null,
        last_day: null,
      },
    ]);
    await fixture.whenStable();

    const choose = (selector: string, value: string) => {
      const field = host.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    host.querySelector<HTMLInputElement>('input[value="adHoc"]')!.click();
    await fixture.whenStable();
    choose('input[name="start"]', '2025-03-01');
    choose('input[name="end"]', '2025-04-30');
    choose('select[name="place"]', 'street:rue Neuve');
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();

    const request = backend.expectOne((r) => r.url === '/api/v1/counts/impact');
    expect(request.request.params.toString()).toBe(
      'commune=59350&start=2025-03-01&end=2025-04-30&window=56&street=rue%20Neuve',
    );
    request.flush(
      {
        error: {
          code: 'unprocessable',
          message: 'Aucun site témoin : indiquez des sites témoins (controls=) du même type, hors de la zone',
        },
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await fixture.whenStable();
    expect(text(host.querySelector('#impact-result')?.parentElement ?? null)).toContain(
      'Aucun site témoin : indiquez des sites témoins (controls=) du même type, hors de la zone',
    );
  });
});
