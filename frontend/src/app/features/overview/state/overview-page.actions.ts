import { createActionGroup, props } from '@ngrx/store';
import { QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';

export const overviewPageActions = createActionGroup({
  source: 'Overview Page',
  events: {
    /** The page is shown for this commune and year (again when either changes, or on retry). */
    Opened: props<{ commune: string; year: number }>(),
    'Indicator Changed': props<{ indicator: QuartierIndicatorKey }>(),
    'Quartier Selected': props<{ quartierId: number | null }>(),
  },
});
