import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { ImpactRequest, SiteKind } from '../data-access/commerce-rows';
import { MapMode } from './commerce-choices';

export const commercePageActions = createActionGroup({
  source: 'Commerce Page',
  events: {
    /** Shown for this commune, year and day of the vacancy figures (again when any changes, or on retry). */
    Opened: props<{ commune: string; year: number; date: string }>(),
    'Map Mode Changed': props<{ mode: MapMode }>(),
    /** A quartier picked on the map (or its list): its streets are listed under the map. */
    'Quartier Selected': props<{ quartierId: number | null }>(),
  },
});

export const streetPageActions = createActionGroup({
  source: 'Street Page',
  events: {
    Opened: props<{ commune: string; year: number; date: string; street: string }>(),
  },
});

export const flowsPageActions = createActionGroup({
  source: 'Flows Page',
  events: {
    Opened: props<{ commune: string; year: number; from: string; to: string }>(),
    'Zone Selected': props<{ zone: string | null }>(),
    'Kind Selected': props<{ kind: SiteKind }>(),
  },
});

export const impactPageActions = createActionGroup({
  source: 'Impact Page',
  events: {
    /** Shown for this commune; `intervention` comes from the URL (?intervention=) when a street page linked here. */
    Opened: props<{ commune: string; intervention: string | null }>(),
    'Analysis Requested': props<{ commune: string; request: ImpactRequest }>(),
    'Form Reset': emptyProps(),
  },
});
