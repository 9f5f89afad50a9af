import { createActionGroup, props } from '@ngrx/store';
import { DgfipComparisonRow, PeerRow } from '../data-access/peer-row';

export const peersApiActions = createActionGroup({
  source: 'Peers API',
  events: {
    'Peers Loaded Success': props<{ commune: string; rows: PeerRow[]; comparison: DgfipComparisonRow[] }>(),
    'Peers Loaded Failure': props<{ error: string }>(),
  },
});
