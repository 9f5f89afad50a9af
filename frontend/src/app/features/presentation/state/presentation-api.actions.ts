import { createActionGroup, props } from '@ngrx/store';
import { PresentationData } from '../data-access/presentation-rows';

export const presentationApiActions = createActionGroup({
  source: 'Presentation API',
  events: {
    'Loaded Success': props<{ commune: string; year: number; data: PresentationData }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
