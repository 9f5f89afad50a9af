import { createActionGroup, props } from '@ngrx/store';
import { AlertStatusFilter } from '../data-access/alert-rows';

export const alertsPageActions = createActionGroup({
  source: 'Alerts Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Status Filter Changed': props<{ status: AlertStatusFilter }>(),
    'Acknowledge Submitted': props<{ commune: string; key: string; comment: string }>(),
    'Acknowledgement Withdrawn': props<{ commune: string; key: string }>(),
  },
});
