import { createActionGroup, props } from '@ngrx/store';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import {
  BudgetRef,
  ComparisonRow,
  DocumentRow,
  ExecutionRow,
  HealthRow,
  LineRow,
  OperationRow,
  PlaceRow,
  ProgrammeRow,
  StructureRow,
} from '../data-access/budget-rows';
import { KpiRow } from '../../../shared/kpis/kpi-row';

export const budgetApiActions = createActionGroup({
  source: 'Budget API',
  events: {
    'Overview Loaded Success': props<{
      commune: string;
      year: number;
      health: HealthRow[];
      documents: DocumentRow[];
      /** The KPI catalogue's budget rows of the accounts year (the year's CA, else the latest before it). */
      kpis: KpiRow[];
      execution: ExecutionRow[];
    }>(),
    'Overview Loaded Failure': props<{ error: string }>(),
    'Budgets Loaded': props<{ commune: string; budgets: BudgetRef[] }>(),
    /** Six years of ratios of the budget selected. */
    'Health Loaded Success': props<{ budget: string; health: HealthRow[] }>(),
    'Health Loaded Failure': props<{ error: string }>(),
    /** Depth 1: chapters of a function; 2: articles of a chapter; 3: lines of an article. */
    'Drill Loaded Success': props<{ depth: number; rows: ExecutionRow[]; lines: LineRow[] }>(),
    'Drill Loaded Failure': props<{ error: string }>(),
    'Programmes Loaded Success': props<{
      commune: string;
      programmes: ProgrammeRow[];
      quartiers: QuartierCollection;
    }>(),
    'Programmes Loaded Failure': props<{ error: string }>(),
    'Places Loaded Success': props<{
      commune: string;
      year: number;
      places: PlaceRow[];
      programmes: ProgrammeRow[];
      /** What each programme spent in the year (the dots of the map, sized by it). */
      yearOperations: OperationRow[];
      quartiers: QuartierCollection;
    }>(),
    'Places Loaded Failure': props<{ error: string }>(),
    'Operations Loaded Success': props<{ operations: OperationRow[] }>(),
    'Operations Loaded Failure': props<{ error: string }>(),
    'Partners Loaded Success': props<{
      year: number;
      comparison: ComparisonRow[];
      structure: StructureRow[];
    }>(),
    'Partners Loaded Failure': props<{ error: string }>(),
  },
});
