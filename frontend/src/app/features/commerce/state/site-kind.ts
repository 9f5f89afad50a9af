import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { SiteKind } from '../data-access/commerce-rows';

/** One colour per kind of counter, on the map and in its legend. */
export const KIND_COLORS: Readonly<Record<SiteKind, string>> = {
  pedestrian: '#0b5fa5',
  bike: '#007a5a',
  car: '#5b5b5b',
  facility: '#a4487f',
};

/** "Piétons", "Vélos"…: the kind of a counter in words. */
export function siteKindLabel(kind: SiteKind, lang: Lang): string {
  return translate(lang, `commerce.kind.${kind}`);
}
