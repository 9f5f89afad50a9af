import { KpisApi } from '../../../shared/kpis/kpis-api';
import { BUDGET_KPIS_2024 } from '../data-access/budget-kpis.fixture';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { Observable, of } from 'rxjs';
import { BudgetApi } from '../data-access/budget-api';
import { DOCUMENTS_FIXTURE, EXECUTION_FIXTURE, HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { budgetApiActions } from './budget-api.actions';
import { budgetPageActions } from './budget-page.actions';
import { loadDrill, loadOverview } from './budget.effects';

describe('budget effects', () => {
  let backend: HttpTestingController;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    emitted = [];
  });

  afterEach(() => backend.verify({ ignoreCancelled: true }));

  const collect = (effect: Observable<Action>) => effect.subscribe((action) => emitted.push(action));

  it('loads six years of ratios, the documents and the execution at four levels, then the catalogue of the accounts year', () => {
    collect(
      loadOverview(
        of(budgetPageActions.opened({ commune: '59512', year: 2024 })),
        TestBed.inject(BudgetApi),
        TestBed.inject(KpisApi),
      ),
    );

    backend.expectOne('/api/v1/budget/health?commune=59512&year=2024&years=6').flush(HEALTH_FIXTURE);
    backend.expectOne('/api/v1/budget/documents?commune=59512').flush(DOCUMENTS_FIXTURE);
    for (const level of ['section', 'chapter', 'function', 'subfunction']) {
      backend
        .expectOne(`/api/v1/budget/execution?commune=59512&year=2024&level=${level}`)
        .flush(EXECUTION_FIXTURE.filter((r) => r.level === level));
    }

    // then the catalogue's rows of the accounts year
    backend.expectOne('/api/v1/kpis?commune=59512&year=2024&family=budget').flush(BUDGET_KPIS_2024);
    expect(emitted.length).toBe(1);
    const success = emitted[0] as ReturnType<typeof budgetApiActions.overviewLoadedSuccess>;
    expect(success.type).toBe(budgetApiActions.overviewLoadedSuccess.type);
    expect(success.execution.length).toBe(EXECUTION_FIXTURE.length);
    expect(success.kpis).toEqual(BUDGET_KPIS_2024);
  });

  it('fetches one level of the drill-down at a time: chapters of a function, articles of a chapter, lines', () => {
    const api = TestBed.inject(BudgetApi);
    collect(loadDrill(of(budgetPageActions.functionOpened({ commune: '59512', year: 2024, fn: '' })), api));
    collect(
      loadDrill(
        of(
          budgetPageActions.chapterOpened({
            commune: '59512',
            year: 2024,
            fn: '2',
            chapter: '011',
          }),
        ),
        api,
      ),
    );
    collect(
      loadDrill(
        of(
          budgetPageActions.articleOpened({
            commune: '59512',
            year: 2024,
            fn: '2',
            chapter: '011',
            account: '60612',
          }),
        ),
        api,
      ),
    );

    backend.expectOne('/api/v1/budget/execution?commune=59512&year=2024&level=function_chapter&function=').flush([]);
    backend
      .expectOne('/api/v1/budget/execution?commune=59512&year=2024&level=article&function=2&chapter=011')
      .flush([]);
    backend.expectOne('/api/v1/budget/lines?commune=59512&year=2024&function=2&chapter=011&account=60612').flush([]);

    expect(emitted.map((a) => (a as { depth?: number }).depth)).toEqual([1, 2, 3]);
  });

  it("reports the API's message when a drill-down request fails", () => {
    collect(
      loadDrill(
        of(budgetPageActions.functionOpened({ commune: '59512', year: 2024, fn: '2' })),
        TestBed.inject(BudgetApi),
      ),
    );

    backend
      .expectOne('/api/v1/budget/execution?commune=59512&year=2024&level=function_chapter&function=2')
      .flush(
        { error: { code: 'bad_request', message: 'Paramètres invalides' } },
        { status: 400, statusText: 'Bad Request' },
      );

    expect(emitted).toEqual([budgetApiActions.drillLoadedFailure({ error: 'Paramètres invalides' })]);
  });
});
