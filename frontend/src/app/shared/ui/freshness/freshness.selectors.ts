import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { buildFreshnessItems, freshnessLine } from './freshness-item';
import { freshnessFeature } from './freshness.feature';

/** The sources of the commune in view (rows of another commune, still on their way, are not shown). */
export const selectFreshnessItems = createSelector(
  freshnessFeature.selectRows,
  freshnessFeature.selectCommune,
  contextFeature.selectCommune,
  contextFeature.selectLang,
  (rows, loadedFor, commune, lang) => (loadedFor === commune ? buildFreshnessItems(rows, lang, new Date()) : []),
);

export const selectFreshnessLine = createSelector(selectFreshnessItems, contextFeature.selectLang, freshnessLine);
