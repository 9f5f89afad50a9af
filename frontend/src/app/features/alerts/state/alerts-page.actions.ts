import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { AlertStatusFilter, FamilyAlertKind } from '../data-access/alert-rows';

export const alertsPageActions = createActionGroup({
  source: 'Alerts Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    /** Open, acknowledged or all: for the fluids alerts and the other families alike. */
    'Status Filter Changed': props<{ status: AlertStatusFilter }>(),
    /** A fluids alert taken in hand, with an optional note. */
    'Acknowledge Submitted': props<{ commune: string; key: string; comment: string }>(),
    'Acknowledgement Withdrawn': props<{ commune: string; key: string }>(),
    /** A programme, vacancy or footfall alert taken in hand, with an optional note. */
    'Family Alert Acknowledge Submitted': props<{
      commune: string;
      key: string;
      comment: string;
    }>(),
    'Family Alert Acknowledgement Withdrawn': props<{ commune: string; key: string }>(),
    'Family Alerts Retried': emptyProps(),
    'Threshold Submitted': props<{ commune: string; kind: FamilyAlertKind; value: number }>(),
    'Threshold Reset': props<{ commune: string; kind: FamilyAlertKind }>(),
  },
});
