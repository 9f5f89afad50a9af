import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { OverviewRow } from '../data-access/overview-row';
import { period, wholeYears } from './overview-years';

/** Fluids cost of public buildings, year by year, as a line. */
export function buildFluidsChart(rows: readonly OverviewRow[], year: number, lang: Lang): ChartView {
  const sorted = wholeYears(rows);
  const cost = translate(lang, 'column.fluidsCost');
  const { from, to } = period(sorted, year, (row) => row.fluids_cost_eur !== null);
  const heading = translate(lang, 'overview.fluidsChart');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: from?.year ?? year,
      toYear: to?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'subject.fluidsCost'),
          plural: false,
          from: from?.fluids_cost_eur ?? null,
          to: to?.fluids_cost_eur ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: sorted.map((row) => String(row.year)),
      series: [{ name: cost, values: sorted.map((row) => row.fluids_cost_eur) }],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'column.year'), kind: 'text' },
      { key: 'cost', label: cost, kind: 'currency' },
    ],
    rows: sorted.map((row) => ({ year: String(row.year), cost: row.fluids_cost_eur })),
    fileName: heading,
  };
}
