import { createActionGroup, props } from '@ngrx/store';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { OverviewRow } from '../data-access/overview-row';

export const overviewApiActions = createActionGroup({
  source: 'Overview API',
  events: {
    'Loaded Success': props<{
      commune: string;
      year: number;
      rows: OverviewRow[];
      quartiers: QuartierCollection;
      summaries: QuartierSummary[];
    }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
