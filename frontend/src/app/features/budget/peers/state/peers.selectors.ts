import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../../core/context/context.feature';
import { LOCALE_BY_LANG } from '../../../../core/i18n/lang';
import { buildDgfipComparison } from './build-dgfip-comparison';
import { buildPeerView } from './build-peer-view';
import { initialPeersState, peersFeature } from './peers.feature';

/** What the peers section shows: the comparison said in words, its table and its chart, in the chosen language. */
const selectPeersInputs = createSelector(
  peersFeature.selectPeersState,
  contextFeature.selectCurrentCommune,
  contextFeature.selectLang,
  // a page whose route did not provide the slice (providePeers) shows the section empty rather than failing
  (slice, commune, lang) => ({ slice: slice ?? initialPeersState, commune, lang }),
);

export const selectPeersViewModel = createSelector(selectPeersInputs, ({ slice: state, commune, lang }) => ({
  status: state.status,
  error: state.error,
  group: state.group,
  view: buildPeerView(state.rows, commune?.name ?? state.commune ?? '', state.group, lang, LOCALE_BY_LANG[lang]),
  versus: buildDgfipComparison(state.comparison, commune?.name ?? state.commune ?? '', lang, LOCALE_BY_LANG[lang]),
}));
