import { createActionGroup, props } from '@ngrx/store';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';

export const quartiersApiActions = createActionGroup({
  source: 'Quartiers API',
  events: {
    'Loaded Success': props<{
      commune: string;
      quartiers: QuartierCollection;
      summaries: QuartierSummary[];
    }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
