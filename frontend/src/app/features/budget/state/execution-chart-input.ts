import { Lang } from '../../../core/i18n/lang';
import { BudgetStage, Direction, ExecutionRow, Section } from '../data-access/budget-rows';

/** What the execution and function charts draw: one section and direction of a year, against a stage's vote. */
export interface ExecutionChartInput {
  execution: readonly ExecutionRow[];
  section: Section;
  direction: Direction;
  stage: BudgetStage;
  year: number;
  lang: Lang;
}
