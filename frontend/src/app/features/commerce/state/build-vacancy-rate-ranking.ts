import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { StreetRow } from '../data-access/commerce-rows';
import { MIN_PREMISES_RANKED, rankedStreets, streetColumns, streetRow, STREETS_RANKED } from './ranked-streets';
import { withArticle, words } from './words';

/** The most vacant streets (at least MIN_PREMISES_RANKED premises), as horizontal bars. */
export function buildRankingByRate(streets: readonly StreetRow[], month: string | null, lang: Lang): ChartView {
  const top = [...rankedStreets(streets)]
    .filter((s) => s.vacancy_rate !== null)
    .sort((a, b) => b.vacancy_rate! - a.vacancy_rate!)
    .slice(0, STREETS_RANKED);
  const w = words(lang);
  const heading = translate(lang, 'commerce.ranking.rate.heading');
  const lead = top[0];
  return {
    heading,
    summary:
      lead && month
        ? translate(lang, top.length > 1 ? 'commerce.ranking.rate.summary' : 'commerce.ranking.rate.summaryAlone', {
            month: w.month(month),
            street: withArticle(lead.street, lang),
            rate: w.percent(lead.vacancy_rate!),
            vacant: lead.vacant,
            premises: lead.premises,
            min: MIN_PREMISES_RANKED,
            next: top
              .slice(1, 3)
              .map((s) => `${withArticle(s.street, lang)} (${w.percent(s.vacancy_rate!)})`)
              .join(', '),
          })
        : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: top.map((s) => ({ name: s.street, value: s.vacancy_rate })),
      seriesName: translate(lang, 'commerce.column.vacancyRate'),
      kind: 'percent',
      locale: LOCALE_BY_LANG[lang],
      highlight: lead?.street ?? null,
    }),
    columns: streetColumns(lang),
    rows: top.map(streetRow),
    fileName: heading,
  };
}
