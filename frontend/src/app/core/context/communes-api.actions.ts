import { createActionGroup, props } from '@ngrx/store';
import { Commune } from './commune';

export const communesApiActions = createActionGroup({
  source: 'Communes API',
  events: {
    'Loaded Success': props<{ communes: Commune[] }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
