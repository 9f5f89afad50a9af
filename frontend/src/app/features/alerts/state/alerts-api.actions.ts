import { createActionGroup, props } from '@ngrx/store';
import { AlertsData } from '../data-access/alerts-api';
import { AlertThreshold, FamilyAlert, FamilyAlertKind, FluidsAlert } from '../data-access/alert-rows';

export const alertsApiActions = createActionGroup({
  source: 'Alerts API',
  events: {
    'Loaded Success': props<{ commune: string; data: AlertsData }>(),
    'Loaded Failure': props<{ error: string }>(),
    Acknowledged: props<{ alert: FluidsAlert }>(),
    Withdrawn: props<{ key: string }>(),
    'Action Failure': props<{ error: string }>(),
    'Family Alerts Loaded': props<{ alerts: FamilyAlert[] }>(),
    'Family Alerts Failure': props<{ error: string }>(),
    'Family Alert Acknowledged': props<{ alert: FamilyAlert }>(),
    'Family Alert Withdrawn': props<{ key: string }>(),
    'Thresholds Loaded': props<{ thresholds: AlertThreshold[] }>(),
    'Thresholds Failure': props<{ error: string }>(),
    'Threshold Saved': props<{ threshold: AlertThreshold }>(),
    'Threshold Failure': props<{ kind: FamilyAlertKind; error: string }>(),
  },
});
