import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { CHART_PALETTE } from '../../../shared/charts/chart-palette';
import { PremisesStatus } from '../data-access/commerce-rows';
import { MARKER_COLORS } from './build-premises-map';

/** One colour per status of a premises, the map's. */
export const STATUS_COLORS: Readonly<Record<PremisesStatus, string>> = {
  occupied: CHART_PALETTE[0],
  vacant: MARKER_COLORS.vacant,
  works: MARKER_COLORS.works,
  closed: MARKER_COLORS.other,
};

/** "occupé", "vacant"…: the status of a premises in words. */
export const statusLabel = (status: PremisesStatus, lang: Lang) => translate(lang, `commerce.status.${status}`);
