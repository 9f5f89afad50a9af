import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { OverviewRow } from '../data-access/overview-row';
import { period, wholeYears } from './overview-years';

/** Operating and investment expenses, year by year, as grouped bars. */
export function buildSpendingChart(rows: readonly OverviewRow[], year: number, lang: Lang): ChartView {
  const sorted = wholeYears(rows);
  const operating = translate(lang, 'column.operatingExpenses');
  const investment = translate(lang, 'column.investmentExpenses');
  const { from, to } = period(sorted, year, (row) => row.operating_expenses_eur !== null);
  const heading = translate(lang, 'overview.spendingChart');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: from?.year ?? year,
      toYear: to?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'subject.operatingExpenses'),
          plural: true,
          from: from?.operating_expenses_eur ?? null,
          to: to?.operating_expenses_eur ?? null,
        },
        {
          subject: translate(lang, 'subject.investmentExpenses'),
          plural: true,
          from: from?.investment_expenses_eur ?? null,
          to: to?.investment_expenses_eur ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: sorted.map((row) => String(row.year)),
      series: [
        { name: operating, type: 'bar', values: sorted.map((row) => row.operating_expenses_eur) },
        { name: investment, type: 'bar', values: sorted.map((row) => row.investment_expenses_eur) },
      ],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'column.year'), kind: 'text' },
      { key: 'operating', label: operating, kind: 'currency' },
      { key: 'investment', label: investment, kind: 'currency' },
    ],
    rows: sorted.map((row) => ({
      year: String(row.year),
      operating: row.operating_expenses_eur,
      investment: row.investment_expenses_eur,
    })),
    fileName: heading,
  };
}
