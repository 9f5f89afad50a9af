import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { LanguageStorage } from '../i18n/language-storage';
import { Translator } from '../i18n/translator';
import { Commune } from './commune';
import * as contextEffects from './context.effects';
import { contextFeature } from './context.feature';
import { shellActions } from './shell.actions';

@Component({ template: '' })
class Blank {}

const communes: Commune[] = [
  { insee_code: '59350', name: 'Lille', population: 236234, is_demo: true },
  { insee_code: '59512', name: 'Roubaix', population: 98828, is_demo: true },
];

describe('context effects', () => {
  let store: Store;
  let router: Router;
  let backend: HttpTestingController;
  let savedLang: string | null;

  beforeEach(() => {
    savedLang = null;
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideEffects(contextEffects),
        provideRouter([{ path: 'overview', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: LanguageStorage,
          useValue: {
            read: () => savedLang,
            write: (lang: string) => (savedLang = lang),
          },
        },
      ],
    });
    store = TestBed.inject(Store);
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(Translator).use('fr');
  });

  async function openShellAt(url: string): Promise<void> {
    await router.navigateByUrl(url);
    store.dispatch(shellActions.opened());
    backend.expectOne('/api/v1/communes').flush(communes);
    await new Promise((resolve) => setTimeout(resolve));
  }

  it('opens a shared link on the commune and year it names', async () => {
    await openShellAt('/overview?commune=59512&year=2023');

    expect(store.selectSignal(contextFeature.selectCommune)()).toBe('59512');
    expect(store.selectSignal(contextFeature.selectYear)()).toBe(2023);
    expect(router.url).toBe('/overview?commune=59512&year=2023');
  });

  it('writes the default commune and year into a bare URL so the page can be shared', async () => {
    await openShellAt('/overview');

    expect(router.url).toBe('/overview?commune=59350&year=2025');
  });

  it('puts a commune chosen in the header into the URL', async () => {
    await openShellAt('/overview');

    store.dispatch(shellActions.communeSelected({ commune: '59512' }));
    store.dispatch(shellActions.yearSelected({ year: 2021 }));
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/overview?commune=59512&year=2021');
  });

  it('keeps the list error to show it in the header', () => {
    store.dispatch(shellActions.opened());
    backend
      .expectOne('/api/v1/communes')
      .flush({ error: { code: 'db_down', message: 'Base indisponible' } }, { status: 503, statusText: 'x' });

    expect(store.selectSignal(contextFeature.selectCommunesStatus)()).toBe('error');
  });

  it('restores the language chosen on an earlier visit and applies it to the page', () => {
    savedLang = 'en';
    store.dispatch(shellActions.opened());
    backend.expectOne('/api/v1/communes').flush(communes);

    expect(store.selectSignal(contextFeature.selectLang)()).toBe('en');
    expect(TestBed.inject(Translator).lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers a language chosen in the header', () => {
    store.dispatch(shellActions.languageSelected({ lang: 'en' }));
    expect(savedLang).toBe('en');
  });
});
