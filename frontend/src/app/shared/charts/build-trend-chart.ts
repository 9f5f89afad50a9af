import { formatValue, ValueKind } from '../../core/i18n/format-value';
import { axisDates } from './axis-dates';
import { axisKind } from './axis-kind';
import { ChartOption } from './chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from './chart-palette';

export interface TrendSeriesInput {
  name: string;
  values: readonly (number | null)[];
  type?: 'line' | 'bar';
}

export interface TrendChartInput {
  /** One label per period, e.g. years. */
  categories: readonly (string | number)[];
  series: readonly TrendSeriesInput[];
  kind: ValueKind;
  locale: string;
}

/** Several series over time (lines or grouped bars); gaps stay gaps, never zero. */
export function buildTrendChart(input: TrendChartInput): ChartOption {
  const { kind, locale } = input;
  const format = (value: unknown) => formatValue(typeof value === 'number' ? value : null, kind, locale);
  return {
    color: [...CHART_PALETTE],
    grid: { left: 16, right: 16, top: 48, bottom: 24 },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis', valueFormatter: format },
    xAxis: {
      type: 'category',
      // months and days in words ("janv. 2025"), never ISO dates
      data: axisDates(input.categories, locale),
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (value: number) => formatValue(value, axisKind(kind), locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: input.series.map((series) =>
      series.type === 'bar'
        ? { type: 'bar' as const, name: series.name, data: [...series.values] }
        : {
            type: 'line' as const,
            name: series.name,
            data: [...series.values],
            connectNulls: false,
            symbolSize: 8,
            lineStyle: { width: 3 },
          },
    ),
  };
}
