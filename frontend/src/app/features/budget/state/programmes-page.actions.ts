import { createActionGroup, props } from '@ngrx/store';
import { TimelineFilter } from './timeline-filter';

export const programmesPageActions = createActionGroup({
  source: 'Budget Programmes Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Programme Selected': props<{ programmeId: string | null }>(),
    /** Which programmes the timeline shows: under way (the default), finished, or all. */
    'Timeline Filter Changed': props<{ filter: TimelineFilter }>(),
  },
});
