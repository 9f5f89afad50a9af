import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { BudgetStage, Direction, Section } from '../data-access/budget-rows';

/** What the finance overview page does: open on a commune and year, pick a stage, a section, drill down. */
export const budgetPageActions = createActionGroup({
  source: 'Budget Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    /** The budget the ratios are computed on: principal, an annexe (SIRET) or consolidated. */
    'Budget Selected': props<{ commune: string; year: number; budget: string }>(),
    'Stage Changed': props<{ stage: BudgetStage }>(),
    'Section Changed': props<{ section: Section }>(),
    'Direction Changed': props<{ direction: Direction }>(),
    'Function Opened': props<{ commune: string; year: number; fn: string }>(),
    'Chapter Opened': props<{ commune: string; year: number; fn: string; chapter: string }>(),
    'Article Opened': props<{
      commune: string;
      year: number;
      fn: string;
      chapter: string;
      account: string;
    }>(),
    /** Back up the drill-down path to `depth` steps (0: all functions). */
    'Drill Back': props<{ depth: number }>(),
    'Drill Reset': emptyProps(),
  },
});
