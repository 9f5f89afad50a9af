import { createActionGroup, props } from '@ngrx/store';
import { QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';

export const quartiersPageActions = createActionGroup({
  source: 'Quartiers Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Indicator Changed': props<{ indicator: QuartierIndicatorKey }>(),
    'Quartier Selected': props<{ quartierId: number | null }>(),
  },
});
