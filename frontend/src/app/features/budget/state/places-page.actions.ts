import { createActionGroup, props } from '@ngrx/store';
import { PlaceMeasure } from './place-measure';

/** "Where the money goes": the investment map per quartier. */
export const placesPageActions = createActionGroup({
  source: 'Budget Places Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Measure Changed': props<{ measure: PlaceMeasure }>(),
    'Quartier Selected': props<{ commune: string; year: number; quartierId: number | null }>(),
  },
});
