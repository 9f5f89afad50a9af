import { createActionGroup, props } from '@ngrx/store';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { OverviewRow } from '../data-access/overview-row';

export const overviewApiActions = createActionGroup({
  source: 'Overview API',
  events: {
    /** The key figures: painted first. */
    'Loaded Success': props<{ commune: string; year: number; rows: OverviewRow[] }>(),
    /** The quartier shapes and figures of the map, further down the page. */
    'Quartiers Loaded Success': props<{
      commune: string;
      year: number;
      quartiers: QuartierCollection;
      summaries: QuartierSummary[];
    }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
