import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { BuildingBalanceRow } from '../data-access/fluids-rows';
import { typeLabel } from './fluids-labels';

/** The 15 buildings using the most energy per m² (weather-corrected), each beside the median of its type. */
export function buildRankingChart(buildings: readonly BuildingBalanceRow[], year: number, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const ranked = buildings
    .filter((b): b is BuildingBalanceRow & { kwh_per_m2: number } => b.kwh_per_m2 !== null)
    .sort((a, b) => b.kwh_per_m2 - a.kwh_per_m2)
    .slice(0, 15);
  // a category axis reads from the bottom up: the largest on top
  const bottomUp = [...ranked].reverse();
  const heading = translate(lang, 'fluids.chart.ranking', { year });
  const format = (value: unknown) => formatValue(typeof value === 'number' ? value : null, 'number', locale);
  const options: ChartOption = {
    color: [CHART_PALETTE[0], CHART_PALETTE[1]],
    grid: { left: 16, right: 32, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: {
      type: 'value',
      axisLabel: { color: AXIS_TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: bottomUp.map((b) => b.name),
      axisLabel: { color: AXIS_TEXT, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'fluids.series.intensity'),
        data: bottomUp.map((b) => b.kwh_per_m2),
      },
      {
        type: 'scatter',
        name: translate(lang, 'fluids.series.typeMedian'),
        symbol: 'diamond',
        symbolSize: 12,
        data: bottomUp.map((b) => b.type_median_kwh_per_m2),
      },
    ],
  };
  return {
    heading,
    summary: summarizeRanking({
      lang,
      indicator: translate(lang, 'fluids.kpi.intensity'),
      year,
      kind: 'integer',
      items: buildings.map((b) => ({ name: b.name, value: b.kwh_per_m2 })),
    }),
    options,
    columns: rankingColumns(lang),
    rows: rankingRows(ranked, lang),
    fileName: heading,
  };
}

/** The columns of a table of buildings by energy intensity (the ranking chart and the buildings list). */
export function rankingColumns(lang: Lang): TableColumn[] {
  return [
    { key: 'name', label: translate(lang, 'fluids.column.building'), kind: 'text' },
    { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
    { key: 'kwh_per_m2', label: translate(lang, 'fluids.column.kwhPerM2'), kind: 'integer' },
    { key: 'type_median', label: translate(lang, 'fluids.column.typeMedian'), kind: 'integer' },
    { key: 'ratio', label: translate(lang, 'fluids.column.ratio'), kind: 'decimal' },
    { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'euros' },
    { key: 'cost_per_m2', label: translate(lang, 'fluids.column.costPerM2'), kind: 'currency' },
    { key: 'share', label: translate(lang, 'fluids.column.share'), kind: 'percent' },
  ];
}

/** The buildings as rows of that table. */
export function rankingRows(buildings: readonly BuildingBalanceRow[], lang: Lang): TableRow[] {
  return buildings.map((b) => ({
    name: b.name,
    type: typeLabel(lang, b.type),
    kwh_per_m2: b.kwh_per_m2,
    type_median: b.type_median_kwh_per_m2,
    ratio: b.ratio_to_type_median,
    cost: b.cost_eur,
    cost_per_m2: b.cost_per_m2,
    share: b.share_of_commune_bill,
  }));
}
