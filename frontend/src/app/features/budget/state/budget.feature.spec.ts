import { EXECUTION_FIXTURE } from '../data-access/budget-rows.fixture';
import { budgetApiActions } from './budget-api.actions';
import { budgetPageActions } from './budget-page.actions';
import { budgetFeature, initialBudgetState, NO_DRILL } from './budget.feature';
import { placesPageActions } from './places-page.actions';

const { reducer } = budgetFeature;

describe('budget feature', () => {
  const drilled = [
    budgetPageActions.opened({ commune: '59350', year: 2025 }),
    budgetApiActions.overviewLoadedSuccess({
      commune: '59350',
      year: 2025,
      health: [],
      documents: [],
      kpis: [],
      execution: EXECUTION_FIXTURE,
    }),
    budgetPageActions.functionOpened({ commune: '59350', year: 2025, fn: '2' }),
    budgetApiActions.drillLoadedSuccess({
      depth: 1,
      rows: EXECUTION_FIXTURE.slice(2, 4),
      lines: [],
    }),
    budgetPageActions.chapterOpened({ commune: '59350', year: 2025, fn: '2', chapter: '011' }),
    budgetApiActions.drillLoadedSuccess({
      depth: 2,
      rows: EXECUTION_FIXTURE.slice(3, 4),
      lines: [],
    }),
  ].reduce(reducer, initialBudgetState);

  it('keeps each level of the drill-down, so going back needs no new request', () => {
    expect(drilled.drill).toEqual({ fn: '2', chapter: '011', account: null });
    expect(drilled.drillChapters.length).toBe(2);

    const back = reducer(drilled, budgetPageActions.drillBack({ depth: 1 }));
    expect(back.drill).toEqual({ fn: '2', chapter: null, account: null });
    expect(back.drillChapters.length).toBe(2);
    expect(back.drillArticles).toEqual([]);
    expect(back.drillStatus).toBe('loaded');
  });

  it('forgets the drill-down and the stage for another year, not when the same page reloads', () => {
    const reloaded = reducer(drilled, budgetPageActions.opened({ commune: '59350', year: 2025 }));
    const otherYear = reducer(drilled, budgetPageActions.opened({ commune: '59350', year: 2024 }));

    expect(reloaded.drill.fn).toBe('2');
    expect(otherYear.drill).toEqual(NO_DRILL);
    expect(otherYear.stage).toBeNull();
  });

  it('starts the drill-down afresh when the section changes', () => {
    expect(reducer(drilled, budgetPageActions.sectionChanged({ section: 'I' })).drill).toEqual(NO_DRILL);
  });

  it('records a failure of the overview, keeping what was shown', () => {
    const failed = reducer(drilled, budgetApiActions.overviewLoadedFailure({ error: 'Base indisponible' }));
    expect(failed.status).toBe('error');
    expect(failed.execution.length).toBe(EXECUTION_FIXTURE.length);
  });

  it('waits for the operations of a quartier picked, and clears them when none is', () => {
    const picked = reducer(
      initialBudgetState,
      placesPageActions.quartierSelected({ commune: '59350', year: 2025, quartierId: 3 }),
    );
    expect(picked.operationsStatus).toBe('loading');
    expect(
      reducer(picked, placesPageActions.quartierSelected({ commune: '59350', year: 2025, quartierId: null }))
        .operationsStatus,
    ).toBe('idle');
  });
});
