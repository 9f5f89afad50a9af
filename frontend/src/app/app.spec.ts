import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { App } from './app';
import * as contextEffects from './core/context/context.effects';
import { contextFeature } from './core/context/context.feature';

describe('App', () => {
  it('opens on the shell named Pilotage and fills the commune selector from the API', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideEffects(contextEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();

    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/communes')
      .flush([
        { insee_code: '59350', name: 'Lille', population: 236234, is_demo: true },
        { insee_code: '59378', name: 'Marcq-en-Barœul', population: 39542, is_demo: true },
      ]);
    await fixture.whenStable();

    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('.brand-name')?.textContent).toBe('Pilotage');
    const options = Array.from((host.querySelector('#context-commune') as HTMLSelectElement).options);
    expect(options.map((option) => option.text.trim())).toEqual(['Lille', 'Marcq-en-Barœul']);
    expect(options[0].selected).toBeTrue();
  });
});
