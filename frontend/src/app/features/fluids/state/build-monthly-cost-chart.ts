import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn } from '../../../shared/ui/data-table/table-column';
import { CommuneMonthRow, CommuneYearRow, Fluid, FLUIDS } from '../data-access/fluids-rows';
import { communeYear } from './build-fluids-kpis';
import { fluidLabel, monthDate } from './fluids-labels';
import { previousOf } from './like-for-like';
import { shortMonth } from './short-month';
import { stackedBars } from './stacked-bars';

function monthsOf(rows: readonly { month: string }[]): string[] {
  return [...new Set(rows.map((row) => row.month))].sort();
}

/** The commune's bill month by month, one stacked bar per fluid, for the year and the one before. */
export function buildMonthlyCostChart(
  months: readonly CommuneMonthRow[],
  years: readonly CommuneYearRow[],
  year: number,
  lang: Lang,
): ChartView {
  const span = months.filter((row) => row.month >= `${year - 1}-01` && row.month <= `${year}-12`);
  const categories = monthsOf(span);
  const fluids = FLUIDS.filter((fluid) => span.some((row) => row.fluid === fluid));
  const amount = (month: string, fluid: Fluid) =>
    span.find((row) => row.month === month && row.fluid === fluid)?.amount_eur ?? null;
  const now = communeYear(years, 'all', year);
  const change = now?.amount_change_vs_previous_year ?? null;
  const heading = translate(lang, 'fluids.chart.monthlyCost');
  const options = buildTrendChart({
    categories: categories.map((month) => shortMonth(month, lang)),
    series: fluids.map((fluid) => ({
      name: fluidLabel(lang, fluid),
      type: 'bar' as const,
      values: categories.map((m) => amount(m, fluid)),
    })),
    kind: 'currency',
    locale: LOCALE_BY_LANG[lang],
  });
  return {
    heading,
    summary: summarizeChange({
      lang,
      subject: translate(lang, 'fluids.subject.cost'),
      plural: false,
      year,
      previousYear: year - 1,
      value: now?.amount_eur ?? null,
      previous: previousOf(now?.amount_eur ?? null, change),
      kind: 'compactCurrency',
    }),
    options: stackedBars(options, 'bill'),
    columns: [
      { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'month' },
      ...fluids.map((fluid): TableColumn => ({
        key: fluid,
        label: fluidLabel(lang, fluid),
        kind: 'currency',
      })),
    ],
    rows: categories.map((month) => ({
      month: monthDate(month),
      ...Object.fromEntries(fluids.map((fluid) => [fluid, amount(month, fluid)])),
    })),
    fileName: heading,
  };
}
