import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { of } from 'rxjs';
import { BudgetApi } from '../data-access/budget-api';
import { BudgetRef } from '../data-access/budget-rows';
import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { budgetApiActions } from '../state/budget-api.actions';
import { buildBudgetOptions } from '../state/budget-options';
import { budgetPageActions } from '../state/budget-page.actions';
import { loadBudgetHealth, loadBudgets } from '../state/budget.effects';
import { budgetFeature, initialBudgetState } from '../state/budget.feature';
import { BudgetSelector } from './budget-selector';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const principal: BudgetRef = {
  code: 'principal',
  kind: 'principal',
  name: 'COMMUNE DE CRACH',
  siret: '21560046100010',
  first_year: 2021,
  last_year: 2021,
  accounts_years: [2021],
};
const lotissement: BudgetRef = {
  code: '21560046100085',
  kind: 'annexe',
  name: 'LOTISSEMENT LE BOCENO',
  siret: '21560046100085',
  first_year: 2021,
  last_year: 2021,
  accounts_years: [2021],
};

describe('the budget selector', () => {
  it('offers the budget principal, each annexe by name and the consolidated budget, and says which is chosen', async () => {
    const fixture = TestBed.createComponent(BudgetSelector);
    fixture.componentRef.setInput('options', buildBudgetOptions([principal, lotissement], 'fr'));
    fixture.componentRef.setInput('value', '21560046100085');
    const chosen: string[] = [];
    fixture.componentInstance.valueChange.subscribe((value) => chosen.push(value));
    await fixture.whenStable();
    const select = (fixture.nativeElement as HTMLElement).querySelector('select') as HTMLSelectElement;

    expect(Array.from(select.options).map(text)).toEqual([
      'Budget principal',
      'Budget annexe « LOTISSEMENT LE BOCENO »',
      'Budget consolidé (principal et annexes)',
    ]);
    expect(select.value).toBe('21560046100085');
    select.value = 'consolidated';
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual(['consolidated']);
  });

  it('is not shown for a commune without budget annexe: there is nothing to choose', async () => {
    const fixture = TestBed.createComponent(BudgetSelector);
    fixture.componentRef.setInput('options', buildBudgetOptions([principal], 'fr'));
    fixture.componentRef.setInput('value', 'principal');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('select')).toBeNull();
  });
});

describe('choosing a budget', () => {
  let backend: HttpTestingController;
  const emitted: Action[] = [];

  beforeEach(() => {
    emitted.length = 0;
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('reads the budgets when the page opens, and six years of ratios of the budget chosen with budget=', () => {
    const api = TestBed.inject(BudgetApi);
    loadBudgets(of(budgetPageActions.opened({ commune: '56046', year: 2021 })), api).subscribe((a) => emitted.push(a));
    loadBudgetHealth(
      of(budgetPageActions.budgetSelected({ commune: '56046', year: 2021, budget: 'consolidated' })),
      api,
    ).subscribe((a) => emitted.push(a));

    backend.expectOne('/api/v1/budget/budgets?commune=56046').flush([principal, lotissement]);
    backend
      .expectOne('/api/v1/budget/health?commune=56046&year=2021&years=6&budget=consolidated')
      .flush(HEALTH_FIXTURE);

    expect(emitted).toEqual([
      budgetApiActions.budgetsLoaded({ commune: '56046', budgets: [principal, lotissement] }),
      budgetApiActions.healthLoadedSuccess({ budget: 'consolidated', health: HEALTH_FIXTURE }),
    ]);
  });

  it('keeps the ratios of the budget chosen, and goes back to the principal when the page opens again', () => {
    const reducer = budgetFeature.reducer;
    const chosen = reducer(
      initialBudgetState,
      budgetPageActions.budgetSelected({ commune: '56046', year: 2021, budget: '21560046100085' }),
    );
    const late = reducer(chosen, budgetApiActions.healthLoadedSuccess({ budget: 'principal', health: HEALTH_FIXTURE }));
    const loaded = reducer(
      chosen,
      budgetApiActions.healthLoadedSuccess({ budget: '21560046100085', health: HEALTH_FIXTURE }),
    );

    expect(late.health).toEqual([]); // an answer for another budget than the one chosen is dropped
    expect(loaded.health).toEqual(HEALTH_FIXTURE);
    expect(reducer(loaded, budgetPageActions.opened({ commune: '56046', year: 2021 })).budget).toBe('principal');
  });
});
