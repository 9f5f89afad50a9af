import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn } from '../../../shared/ui/data-table/table-column';
import { BuildingYearRow, Fluid, FLUIDS } from '../data-access/fluids-rows';
import { fluidLabel } from './fluids-labels';
import { stackedBars } from './stacked-bars';

/** The building's bill year by year, one stacked bar per fluid. */
export function buildCostBreakdownChart(years: readonly BuildingYearRow[], lang: Lang): ChartView {
  const all = [...new Set(years.map((row) => row.year))].sort((a, b) => a - b);
  const fluids = FLUIDS.filter((fluid) => years.some((row) => row.fluid === fluid));
  const amount = (year: number, fluid: Fluid) =>
    years.find((row) => row.year === year && row.fluid === fluid)?.amount_eur ?? null;
  const total = (year: number) => fluids.reduce((sum, fluid) => sum + (amount(year, fluid) ?? 0), 0);
  const complete = all.filter((year) => years.filter((row) => row.year === year).every((row) => row.complete));
  const heading = translate(lang, 'fluids.chart.costBreakdown');
  const options = buildTrendChart({
    categories: all,
    series: fluids.map((fluid) => ({
      name: fluidLabel(lang, fluid),
      type: 'bar' as const,
      values: all.map((year) => amount(year, fluid)),
    })),
    kind: 'currency',
    locale: LOCALE_BY_LANG[lang],
  });
  const [from, to] = [complete[0], complete.at(-1)];
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: from ?? all[0] ?? 0,
      toYear: to ?? all.at(-1) ?? 0,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'fluids.subject.buildingCost'),
          plural: false,
          from: from === undefined ? null : total(from),
          to: to === undefined ? null : total(to),
        },
      ],
    }),
    options: stackedBars(options, 'bill'),
    columns: [
      { key: 'year', label: translate(lang, 'fluids.column.year'), kind: 'text' },
      ...fluids.map((fluid): TableColumn => ({
        key: fluid,
        label: fluidLabel(lang, fluid),
        kind: 'currency',
      })),
    ],
    rows: all.map((year) => ({
      year: String(year),
      ...Object.fromEntries(fluids.map((fluid) => [fluid, amount(year, fluid)])),
    })),
    fileName: heading,
  };
}
