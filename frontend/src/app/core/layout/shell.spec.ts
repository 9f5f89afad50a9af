import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { freshnessFeature, initialFreshnessState } from '../../shared/ui/freshness/freshness.feature';
import { authFeature, initialAuthState } from '../auth/auth.feature';
import { userMenuActions } from '../auth/user-menu.actions';
import { Commune } from '../context/commune';
import { contextFeature, initialContextState } from '../context/context.feature';
import { shellActions } from '../context/shell.actions';
import { Shell } from './shell';

@Component({ template: '<h1>Page</h1>' })
class Blank {}

const communes: Commune[] = [
  { insee_code: '59350', name: 'Lille', population: 236234, is_demo: true },
  { insee_code: '59512', name: 'Roubaix', population: 98828, is_demo: false },
];

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let host: HTMLElement;
  let store: MockStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideMockStore({
          initialState: {
            [contextFeature.name]: {
              ...initialContextState,
              communes,
              communesStatus: 'loaded',
              commune: '59350',
            },
            [authFeature.name]: { ...initialAuthState, sessionStatus: 'known' },
            [freshnessFeature.name]: {
              ...initialFreshnessState,
              commune: '59350',
              status: 'loaded',
              rows: [
                {
                  commune_insee: '59350',
                  source: 'budget',
                  last_import_at: null,
                  latest_data: '2025-12-31',
                },
              ],
            },
          },
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(Shell);
    host = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  it('asks for the communes when it opens', () => {
    expect(store.dispatch).toHaveBeenCalledWith(shellActions.opened());
  });

  it('has a skip link first, then the banner, navigation, main and footer landmarks', () => {
    const first = host.querySelector('a, button, select') as HTMLAnchorElement;
    expect(first.classList).toContain('skip-link');
    expect(text(first)).toBe('Aller au contenu');
    expect(host.querySelector('header')).toBeTruthy();
    expect(host.querySelector('nav')?.getAttribute('aria-label')).toBe('Navigation principale');
    expect(host.querySelector('main#main')).toBeTruthy();
    expect(host.querySelector('footer')).toBeTruthy();
  });

  it('moves focus to the main content from the skip link', () => {
    (host.querySelector('.skip-link') as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(host.querySelector('main'));
  });

  it('labels the commune and year selectors, the commune from the API, the year 2025 by default', () => {
    const commune = host.querySelector('#context-commune') as HTMLSelectElement;
    const year = host.querySelector('#context-year') as HTMLSelectElement;
    expect(text(host.querySelector('label[for="context-commune"]'))).toBe('Commune');
    expect(text(host.querySelector('label[for="context-year"]'))).toBe('Année');
    expect(Array.from(commune.options).map((option) => option.text.trim())).toEqual(['Lille', 'Roubaix']);
    expect(year.value).toBe('2025');
    expect(Array.from(year.options).map((option) => option.text.trim())).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026 (en cours)',
    ]);
  });

  it('tells the store when another commune, year or language is chosen', () => {
    const commune = host.querySelector('#context-commune') as HTMLSelectElement;
    commune.value = '59512';
    commune.dispatchEvent(new Event('change'));
    const year = host.querySelector('#context-year') as HTMLSelectElement;
    year.value = '2022';
    year.dispatchEvent(new Event('change'));
    (host.querySelector('button[lang="en"]') as HTMLButtonElement).click();

    expect(store.dispatch).toHaveBeenCalledWith(shellActions.communeSelected({ commune: '59512' }));
    expect(store.dispatch).toHaveBeenCalledWith(shellActions.yearSelected({ year: 2022 }));
    expect(store.dispatch).toHaveBeenCalledWith(shellActions.languageSelected({ lang: 'en' }));
  });

  it('offers the five page families, the council brief and the neighbourhood meeting to the public', () => {
    const links = Array.from(host.querySelectorAll('nav a')).map(text);
    expect(links).toEqual([
      "Vue d'ensemble",
      'Budget',
      'Fluides',
      'Commerce & flux',
      'Quartiers',
      'Conseil municipal',
      'Réunion de quartier',
    ]);
    expect(text(host.querySelector('app-account-menu a'))).toBe('Se connecter');
  });

  it('adds the alerts and imports for an agent, who is named in the banner and can sign out', async () => {
    store.overrideSelector(authFeature.selectUser, {
      id: 7,
      email: 'agent@lille.fr',
      role: 'agent',
      commune_insee: '59350',
      display_name: 'Karim Benali',
    });
    store.refreshState();
    await fixture.whenStable();

    const links = Array.from(host.querySelectorAll('nav a')).map(text);
    expect(links.slice(-2)).toEqual(['Alertes', 'Imports']);
    expect(text(host.querySelector('app-account-menu .who'))).toBe('Karim Benali, Agent');
    (host.querySelector('app-account-menu button') as HTMLButtonElement).click();
    expect(store.dispatch).toHaveBeenCalledWith(userMenuActions.signOutClicked());
  });

  it('shows how recent the data of the commune are, on every page', () => {
    expect(text(host.querySelector('app-freshness-badge'))).toContain('Budget : 31/12/2025');
  });

  it('credits the sources, and the synthetic quartiers for a demonstration commune', () => {
    const footer = text(host.querySelector('footer'));
    expect(footer).toContain('Contours : IGN, INSEE – Licence Ouverte');
    expect(footer).toContain('Quartiers de démonstration : unions d’IRIS réels');
  });
});
