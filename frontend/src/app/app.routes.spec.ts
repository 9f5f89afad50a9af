import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { contextFeature } from './core/context/context.feature';

describe('app routes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  for (const [url, title] of [
    ['/budget', 'Budget'],
    ['/fluids', 'Fluides des bâtiments publics'],
    ['/commerce', 'Commerce & flux'],
    ['/quartiers', 'Quartiers'],
    ['/overview', "Vue d'ensemble"],
  ]) {
    it(`loads the ${url} page lazily`, async () => {
      const harness = await RouterTestingHarness.create(url);
      expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(title);
    });
  }

  it('opens the overview by default and keeps the query params of a shared link', async () => {
    await RouterTestingHarness.create('/?commune=59512&year=2023');
    expect(TestBed.inject(Router).url).toBe('/overview?commune=59512&year=2023');
  });

  it('sends an unknown address to the overview', async () => {
    await RouterTestingHarness.create('/nowhere');
    expect(TestBed.inject(Router).url).toBe('/overview');
  });
});
