import { createFeature, createReducer, on } from '@ngrx/store';
import { DgfipComparisonRow, PeerGroup, PeerRow } from '../data-access/peer-row';
import { peersApiActions } from './peers-api.actions';
import { peersSectionActions } from './peers-section.actions';

export interface PeersState {
  commune: string | null;
  group: PeerGroup;
  rows: PeerRow[];
  comparison: DgfipComparisonRow[];
  status: 'idle' | 'loading' | 'loaded' | 'error';
  error: string | null;
}

export const initialPeersState: PeersState = {
  commune: null,
  group: 'strate',
  rows: [],
  comparison: [],
  status: 'idle',
  error: null,
};

export const peersFeature = createFeature({
  name: 'peers',
  reducer: createReducer(
    initialPeersState,
    on(peersSectionActions.opened, (state, { commune }): PeersState => ({
      ...state,
      commune,
      status: 'loading',
      error: null,
    })),
    on(peersSectionActions.groupChanged, (state, { commune, group }): PeersState => ({
      ...state,
      commune,
      group,
      status: 'loading',
      error: null,
    })),
    on(peersApiActions.peersLoadedSuccess, (state, { commune, rows, comparison }): PeersState =>
      commune === state.commune ? { ...state, rows, comparison, status: 'loaded' } : state,
    ),
    on(peersApiActions.peersLoadedFailure, (state, { error }): PeersState => ({
      ...state,
      rows: [],
      status: 'error',
      error,
    })),
  ),
});
