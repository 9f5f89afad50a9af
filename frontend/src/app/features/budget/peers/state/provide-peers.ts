import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as peersEffects from './peers.effects';
import { peersFeature } from './peers.feature';

/** The store slice and effect of the peers section, for the routes whose pages include it. */
export function providePeers(): EnvironmentProviders {
  return makeEnvironmentProviders([provideState(peersFeature), provideEffects(peersEffects)]);
}
