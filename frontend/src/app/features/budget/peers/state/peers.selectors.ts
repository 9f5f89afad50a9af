import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../../core/context/context.feature';
import { LOCALE_BY_LANG } from '../../../../core/i18n/lang';
import { buildPeerView } from './build-peer-view';
import { peersFeature } from './peers.feature';

/** What the peers section shows: the comparison said in words, its table and its chart, in the chosen language. */
export const selectPeersViewModel = createSelector(
  peersFeature.selectPeersState,
  contextFeature.selectCurrentCommune,
  contextFeature.selectLang,
  (state, commune, lang) => ({
    status: state.status,
    error: state.error,
    group: state.group,
    view: buildPeerView(state.rows, commune?.name ?? state.commune ?? '', state.group, lang, LOCALE_BY_LANG[lang]),
  }),
);
