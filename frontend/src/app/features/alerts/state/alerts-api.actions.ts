import { createActionGroup, props } from '@ngrx/store';
import { AlertsData } from '../data-access/alerts-api';
import { FluidsAlert } from '../data-access/alert-rows';

export const alertsApiActions = createActionGroup({
  source: 'Alerts API',
  events: {
    'Loaded Success': props<{ commune: string; data: AlertsData }>(),
    'Loaded Failure': props<{ error: string }>(),
    Acknowledged: props<{ alert: FluidsAlert }>(),
    Withdrawn: props<{ key: string }>(),
    'Action Failure': props<{ error: string }>(),
  },
});
