import { createActionGroup, props } from '@ngrx/store';
import { PeerGroup } from '../data-access/peer-row';

export const peersSectionActions = createActionGroup({
  source: 'Peers Section',
  events: {
    Opened: props<{ commune: string }>(),
    'Group Changed': props<{ commune: string; group: PeerGroup }>(),
  },
});
