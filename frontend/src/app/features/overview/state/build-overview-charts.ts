import { DEFAULT_YEAR, isPartialYear } from '../../../core/context/years';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { OverviewRow } from '../data-access/overview-row';

/**
 * The whole years of the rows, oldest first: a year in progress (January to its latest month) is never drawn as a
 * bar or a point beside whole years (it would read as a fall); its figures are the cards', with their months.
 */
function wholeYears(rows: readonly OverviewRow[]): OverviewRow[] {
  return rows.filter((row) => !isPartialYear(row.year)).sort((a, b) => a.year - b.year);
}

/**
 * The period a trend sentence covers: from the first year the chart's figures are known (`known`) to the selected
 * year, or the last full one.
 */
function period(
  rows: readonly OverviewRow[],
  year: number,
  known: (row: OverviewRow) => boolean,
): { from: OverviewRow | null; to: OverviewRow | null } {
  const last = Math.min(year, DEFAULT_YEAR);
  const span = rows.filter((row) => row.year <= last && known(row));
  return { from: span[0] ?? null, to: span.find((row) => row.year === last) ?? null };
}

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
