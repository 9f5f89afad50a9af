import { createActionGroup, props } from '@ngrx/store';
import { FreshnessRow } from './freshness-row';

export const freshnessApiActions = createActionGroup({
  source: 'Freshness API',
  events: {
    'Loaded Success': props<{ commune: string; rows: FreshnessRow[] }>(),
    'Loaded Failure': props<{ commune: string; error: string }>(),
  },
});

/**
 * Something wrote data for a commune (an import landed or was rolled back): its freshness is worth reading again.
 * Dispatched by whoever wrote, e.g. the imports page's effects.
 */
export const dataActions = createActionGroup({
  source: 'Data',
  events: {
    Changed: props<{ commune: string }>(),
  },
});
