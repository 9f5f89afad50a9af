import { createSelector } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { isPartialYear } from '../../../core/context/years';
import { formatDate } from '../../../core/i18n/format-value';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { commentsFor, FigureComment, yearPeriod } from '../../../shared/ui/comments/figure-comment';
import { selectFreshnessLine } from '../../../shared/ui/freshness/freshness.selectors';
import { accountsRow } from './accounts-year';
import { buildBriefCharts } from './build-brief-charts';
import { BriefFigure, buildBriefFigures, FigureGroup } from './build-brief-figures';
import { buildDecisions, countBySeverity } from './build-decisions';
import { buildPartners } from './build-partners';
import { briefFeature } from './brief.feature';

const { selectYear, selectLang, selectCurrentCommune } = contextFeature;

export interface FigureWithComments extends BriefFigure {
  comments: readonly FigureComment[];
}

export interface GroupWithComments extends Omit<FigureGroup, 'figures'> {
  figures: readonly FigureWithComments[];
}

export const selectBriefFigures = createSelector(
  briefFeature.selectData,
  selectYear,
  selectLang,
  buildBriefFigures,
);

/** Each figure with the comments whose period meets the year shown (the accounts year for the ratios). */
export const selectFiguresWithComments = createSelector(
  selectBriefFigures,
  briefFeature.selectComments,
  selectYear,
  (groups, comments, year): GroupWithComments[] => {
    const { from, to } = yearPeriod(year);
    return groups.map((group) => ({
      ...group,
      figures: group.figures.map((figure) => ({
        ...figure,
        comments: commentsFor(comments, figure.target, from, to),
      })),
    }));
  },
);

export const selectDecisions = createSelector(
  briefFeature.selectData,
  briefFeature.selectAlerts,
  selectYear,
  selectLang,
  briefFeature.selectFamilyAlerts,
  buildDecisions,
);

export const selectBriefCharts = createSelector(
  briefFeature.selectData,
  selectYear,
  selectLang,
  buildBriefCharts,
);

export const selectPartners = createSelector(
  briefFeature.selectPartners,
  briefFeature.selectPartnersYear,
  briefFeature.selectCommune,
  selectLang,
  buildPartners,
);

export const selectAccountsYear = createSelector(
  briefFeature.selectData,
  selectYear,
  (data, year) => (data ? (accountsRow(data.health, year)?.year ?? null) : null),
);

/** Everything the brief shows, on screen and on paper. */
export const selectBriefViewModel = createSelector({
  status: briefFeature.selectStatus,
  error: briefFeature.selectError,
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  year: selectYear,
  partialYear: createSelector(selectYear, isPartialYear),
  accountsYear: selectAccountsYear,
  groups: selectFiguresWithComments,
  decisions: selectDecisions,
  severities: createSelector(selectDecisions, countBySeverity),
  charts: selectBriefCharts,
  partners: selectPartners,
  partnersStatus: briefFeature.selectPartnersStatus,
  partnersError: briefFeature.selectPartnersError,
  staff: authFeature.selectIsStaff,
  alertsStatus: briefFeature.selectAlertsStatus,
  familyAlertsStatus: briefFeature.selectFamilyAlertsStatus,
  user: authFeature.selectUser,
  commentSaving: briefFeature.selectCommentSaving,
  commentError: briefFeature.selectCommentError,
  freshnessLine: selectFreshnessLine,
  printedOn: createSelector(selectLang, (lang) => formatDate(new Date(), LOCALE_BY_LANG[lang])),
});
