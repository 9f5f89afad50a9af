import { createActionGroup, props } from '@ngrx/store';
import { Reader } from '../../../core/auth/auth.feature';
import { NewAlertRule } from '../data-access/fluids-rows';
import { AlertStatusFilter, MapMode } from './fluids-choices';

/** The fluids overview page (`/fluids`). */
export const fluidsPageActions = createActionGroup({
  source: 'Fluids Page',
  events: {
    /** Shown for this commune and year (again when either changes, or on retry), to a reader who may see internal data or not. */
    Opened: props<{ commune: string; year: number; reader: Reader }>(),
    'Map Mode Changed': props<{ mode: MapMode }>(),
  },
});

/** The alerts page (`/fluids/alertes`). */
export const alertsPageActions = createActionGroup({
  source: 'Fluids Alerts Page',
  events: {
    Opened: props<{ commune: string }>(),
    'Status Filter Changed': props<{ status: AlertStatusFilter }>(),
    'Acknowledge Clicked': props<{ commune: string; key: string; comment: string | null }>(),
    'Unacknowledge Clicked': props<{ commune: string; key: string }>(),
  },
});

/** A building's page (`/fluids/batiments/:id`). */
export const buildingPageActions = createActionGroup({
  source: 'Fluids Building Page',
  events: {
    Opened: props<{ commune: string; year: number; building: string }>(),
    'Fluid Selected': props<{ fluid: string }>(),
  },
});

/** The décret tertiaire page (`/fluids/decret-tertiaire`). */
export const trajectoryPageActions = createActionGroup({
  source: 'Fluids Trajectory Page',
  events: {
    Opened: props<{ commune: string; year: number; reader: Reader }>(),
  },
});

/** The alert rules page (`/fluids/regles`). */
export const rulesPageActions = createActionGroup({
  source: 'Fluids Rules Page',
  events: {
    Opened: props<{ commune: string; year: number }>(),
    'Rule Submitted': props<{ rule: NewAlertRule }>(),
    'Rule Deleted': props<{ id: number }>(),
  },
});
