import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { StreetRow } from '../data-access/commerce-rows';
import { MIN_PREMISES_RANKED, rankedStreets, streetColumns, streetRow, STREETS_RANKED } from './ranked-streets';
import { ratePoints } from './rate-points';
import { withArticle, words } from './words';

/** The streets whose vacancy rose most over twelve months, in percentage points. */
export function buildRankingByChange(streets: readonly StreetRow[], month: string | null, lang: Lang): ChartView {
  const top = [...rankedStreets(streets)]
    .filter((s) => s.vacancy_rate_change_12m !== null)
    .sort((a, b) => b.vacancy_rate_change_12m! - a.vacancy_rate_change_12m!)
    .slice(0, STREETS_RANKED);
  const w = words(lang);
  const heading = translate(lang, 'commerce.ranking.change.heading');
  const lead = top[0];
  return {
    heading,
    summary:
      lead && month
        ? translate(lang, 'commerce.ranking.change.summary', {
            month: w.month(month),
            street: withArticle(lead.street, lang),
            change: w.points(lead.vacancy_rate_change_12m!),
            rate: w.percent(lead.vacancy_rate ?? 0),
            min: MIN_PREMISES_RANKED,
          })
        : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: top.map((s) => ({
        name: s.street,
        value: ratePoints(s.vacancy_rate_change_12m!),
      })),
      seriesName: translate(lang, 'commerce.column.changePoints'),
      kind: 'decimal',
      locale: LOCALE_BY_LANG[lang],
      highlight: lead?.street ?? null,
    }),
    columns: streetColumns(lang),
    rows: top.map(streetRow),
    fileName: heading,
  };
}
