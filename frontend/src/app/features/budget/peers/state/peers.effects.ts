import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, forkJoin, map, of, switchMap, withLatestFrom } from 'rxjs';
import { PeersApi } from '../data-access/peers-api';
import { peersApiActions } from './peers-api.actions';
import { peersSectionActions } from './peers-section.actions';
import { peersFeature } from './peers.feature';

/** Loads the commune's peer comparison when the section opens or its group changes. */
export const loadPeers = createEffect(
  (actions = inject(Actions), store = inject(Store), api = inject(PeersApi)) => {
    return actions.pipe(
      ofType(peersSectionActions.opened, peersSectionActions.groupChanged),
      withLatestFrom(store.select(peersFeature.selectGroup)),
      switchMap(([{ commune }, group]) =>
        forkJoin([api.peers(commune, group), api.dgfipComparison(commune)]).pipe(
          map(([rows, comparison]) => peersApiActions.peersLoadedSuccess({ commune, rows, comparison })),
          catchError(() => of(peersApiActions.peersLoadedFailure({ error: 'peers.error' }))),
        ),
      ),
    );
  },
  { functional: true },
);
