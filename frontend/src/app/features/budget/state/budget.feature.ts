import { KpiRow } from '../../../shared/kpis/kpi-row';
import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import {
  BudgetStage,
  BudgetRef,
  ComparisonRow,
  Direction,
  DocumentRow,
  ExecutionRow,
  HealthRow,
  LineRow,
  OperationRow,
  PlaceRow,
  ProgrammeRow,
  Section,
  StructureRow,
} from '../data-access/budget-rows';
import { budgetApiActions } from './budget-api.actions';
import { budgetPageActions } from './budget-page.actions';
import { partnersPageActions } from './partners-page.actions';
import { PlaceMeasure } from './place-measure';
import { placesPageActions } from './places-page.actions';
import { programmesPageActions } from './programmes-page.actions';
import { TimelineFilter } from './timeline-filter';

/** Where the drill-down stands: a function, then a chapter of it, then an article (account) of that chapter. */
export interface DrillPath {
  fn: string | null;
  chapter: string | null;
  account: string | null;
}

export const NO_DRILL: DrillPath = { fn: null, chapter: null, account: null };

export interface BudgetState {
  /** Commune and year the overview data belong to. */
  commune: string | null;
  year: number | null;
  status: LoadStatus;
  error: string | null;
  health: readonly HealthRow[];
  /** The commune's budgets (principal and annexes) and the one the ratios are computed on. */
  budgets: readonly BudgetRef[];
  budget: string;
  documents: readonly DocumentRow[];
  /** The KPI catalogue's budget rows of the accounts year. */
  kpis: readonly KpiRow[];
  /** Execution rows of the year at the levels section, chapter, function and subfunction. */
  execution: readonly ExecutionRow[];
  /** The stage chosen; null: the latest the year has. */
  stage: BudgetStage | null;
  section: Section;
  direction: Direction;
  drill: DrillPath;
  drillStatus: LoadStatus;
  drillError: string | null;
  drillChapters: readonly ExecutionRow[];
  drillArticles: readonly ExecutionRow[];
  drillLines: readonly LineRow[];

  programmesCommune: string | null;
  programmes: readonly ProgrammeRow[];
  programmesStatus: LoadStatus;
  programmesError: string | null;
  quartiers: QuartierCollection | null;
  selectedProgrammeId: string | null;
  timelineFilter: TimelineFilter;

  places: readonly PlaceRow[];
  placesStatus: LoadStatus;
  placesError: string | null;
  measure: PlaceMeasure;
  selectedQuartierId: number | null;
  operations: readonly OperationRow[];
  operationsStatus: LoadStatus;
  /** Every programme's payments in the year of the places map. */
  yearOperations: readonly OperationRow[];

  comparison: readonly ComparisonRow[];
  structure: readonly StructureRow[];
  partnersStatus: LoadStatus;
  partnersError: string | null;
  axis: 'nature' | 'function';
}

export const initialBudgetState: BudgetState = {
  commune: null,
  year: null,
  status: 'idle',
  error: null,
  health: [],
  budgets: [],
  budget: 'principal',
  documents: [],
  kpis: [],
  execution: [],
  stage: null,
  section: 'F',
  direction: 'D',
  drill: NO_DRILL,
  drillStatus: 'idle',
  drillError: null,
  drillChapters: [],
  drillArticles: [],
  drillLines: [],
  programmesCommune: null,
  programmes: [],
  programmesStatus: 'idle',
  programmesError: null,
  quartiers: null,
  selectedProgrammeId: null,
  timelineFilter: 'current',
  places: [],
  placesStatus: 'idle',
  placesError: null,
  measure: 'per_inhabitant',
  selectedQuartierId: null,
  operations: [],
  operationsStatus: 'idle',
  yearOperations: [],
  comparison: [],
  structure: [],
  partnersStatus: 'idle',
  partnersError: null,
  axis: 'nature',
};

const resetDrill = {
  drill: NO_DRILL,
  drillStatus: 'idle' as LoadStatus,
  drillError: null,
  drillChapters: [],
  drillArticles: [],
  drillLines: [],
};

export const budgetFeature = createFeature({
  name: 'budget',
  reducer: createReducer(
    initialBudgetState,
    on(budgetPageActions.opened, (state, { commune, year }): BudgetState => {
      const same = commune === state.commune && year === state.year;
      return {
        ...state,
        status: 'loading',
        error: null,
        budget: 'principal',
        ...(same ? {} : { stage: null, budgets: [], ...resetDrill }),
      };
    }),
    on(budgetApiActions.budgetsLoaded, (state, { commune, budgets }): BudgetState =>
      commune === state.commune || state.commune === null ? { ...state, budgets } : state,
    ),
    on(budgetPageActions.budgetSelected, (state, { budget }): BudgetState => ({ ...state, budget })),
    on(budgetApiActions.healthLoadedSuccess, (state, { budget, health }): BudgetState =>
      budget === state.budget ? { ...state, health } : state,
    ),
    on(budgetApiActions.healthLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(
      budgetApiActions.overviewLoadedSuccess,
      (state, { commune, year, health, documents, kpis, execution }): BudgetState => ({
        ...state,
        commune,
        year,
        health,
        documents,
        kpis,
        execution,
        status: 'loaded',
      }),
    ),
    on(budgetApiActions.overviewLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(budgetPageActions.stageChanged, (state, { stage }): BudgetState => ({ ...state, stage })),
    on(budgetPageActions.sectionChanged, (state, { section }): BudgetState => ({
      ...state,
      section,
      ...resetDrill,
    })),
    on(budgetPageActions.directionChanged, (state, { direction }): BudgetState => ({
      ...state,
      direction,
      ...resetDrill,
    })),
    on(budgetPageActions.functionOpened, (state, { fn }): BudgetState => ({
      ...state,
      ...resetDrill,
      drill: { fn, chapter: null, account: null },
      drillStatus: 'loading',
    })),
    on(budgetPageActions.chapterOpened, (state, { fn, chapter }): BudgetState => ({
      ...state,
      drill: { fn, chapter, account: null },
      drillStatus: 'loading',
      drillError: null,
      drillArticles: [],
      drillLines: [],
    })),
    on(budgetPageActions.articleOpened, (state, { fn, chapter, account }): BudgetState => ({
      ...state,
      drill: { fn, chapter, account },
      drillStatus: 'loading',
      drillError: null,
      drillLines: [],
    })),
    on(budgetPageActions.drillBack, (state, { depth }): BudgetState => {
      if (depth <= 0) return { ...state, ...resetDrill };
      const { fn, chapter } = state.drill;
      return depth === 1
        ? {
            ...state,
            drill: { fn, chapter: null, account: null },
            drillStatus: 'loaded',
            drillArticles: [],
            drillLines: [],
          }
        : {
            ...state,
            drill: { fn, chapter, account: null },
            drillStatus: 'loaded',
            drillLines: [],
          };
    }),
    on(budgetPageActions.drillReset, (state): BudgetState => ({ ...state, ...resetDrill })),
    on(budgetApiActions.drillLoadedSuccess, (state, { depth, rows, lines }): BudgetState => ({
      ...state,
      drillStatus: 'loaded',
      ...(depth === 1 ? { drillChapters: rows } : depth === 2 ? { drillArticles: rows } : { drillLines: lines }),
    })),
    on(budgetApiActions.drillLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      drillStatus: 'error',
      drillError: error,
    })),

    on(programmesPageActions.opened, (state, { commune }): BudgetState => ({
      ...state,
      programmesStatus: 'loading',
      programmesError: null,
      selectedProgrammeId: commune === state.programmesCommune ? state.selectedProgrammeId : null,
    })),
    on(budgetApiActions.programmesLoadedSuccess, (state, { commune, programmes, quartiers }): BudgetState => ({
      ...state,
      programmesCommune: commune,
      programmes,
      quartiers,
      programmesStatus: 'loaded',
    })),
    on(budgetApiActions.programmesLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      programmesStatus: 'error',
      programmesError: error,
    })),
    on(programmesPageActions.timelineFilterChanged, (state, { filter }): BudgetState => ({
      ...state,
      timelineFilter: filter,
    })),
    on(programmesPageActions.programmeSelected, (state, { programmeId }): BudgetState => ({
      ...state,
      selectedProgrammeId: programmeId,
    })),

    on(placesPageActions.opened, (state, { commune }): BudgetState => ({
      ...state,
      placesStatus: 'loading',
      placesError: null,
      selectedQuartierId: commune === state.programmesCommune ? state.selectedQuartierId : null,
      operations: commune === state.programmesCommune ? state.operations : [],
    })),
    on(
      budgetApiActions.placesLoadedSuccess,
      (state, { commune, places, programmes, yearOperations, quartiers }): BudgetState => ({
        ...state,
        programmesCommune: commune,
        places,
        programmes,
        yearOperations,
        quartiers,
        placesStatus: 'loaded',
      }),
    ),
    on(budgetApiActions.placesLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      placesStatus: 'error',
      placesError: error,
    })),
    on(placesPageActions.measureChanged, (state, { measure }): BudgetState => ({
      ...state,
      measure,
    })),
    on(placesPageActions.quartierSelected, (state, { quartierId }): BudgetState => ({
      ...state,
      selectedQuartierId: quartierId,
      operations: [],
      operationsStatus: quartierId === null ? 'idle' : 'loading',
    })),
    on(budgetApiActions.operationsLoadedSuccess, (state, { operations }): BudgetState => ({
      ...state,
      operations,
      operationsStatus: 'loaded',
    })),
    on(budgetApiActions.operationsLoadedFailure, (state): BudgetState => ({
      ...state,
      operationsStatus: 'error',
    })),

    on(partnersPageActions.opened, (state): BudgetState => ({
      ...state,
      partnersStatus: 'loading',
      partnersError: null,
    })),
    on(partnersPageActions.axisChanged, (state, { axis }): BudgetState => ({
      ...state,
      axis,
      partnersStatus: 'loading',
    })),
    on(budgetApiActions.partnersLoadedSuccess, (state, { comparison, structure }): BudgetState => ({
      ...state,
      comparison,
      structure,
      partnersStatus: 'loaded',
    })),
    on(budgetApiActions.partnersLoadedFailure, (state, { error }): BudgetState => ({
      ...state,
      partnersStatus: 'error',
      partnersError: error,
    })),
  ),
});
