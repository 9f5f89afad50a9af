import { formatValue, ValueKind } from '../../core/i18n/format-value';
import { axisKind } from './axis-kind';
import { ChartOption } from './chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from './chart-palette';

export interface ComparedItem {
  name: string;
  value: number | null;
}

export interface BarComparisonInput {
  items: readonly ComparedItem[];
  seriesName: string;
  kind: ValueKind;
  locale: string;
  /** Name of an item to emphasise (e.g. the quartier picked on the map). */
  highlight?: string | null;
}

const HIGHLIGHT = '#c25400';

/** Horizontal bars, the largest value on top; items without a value are left out. */
export function buildBarComparison(input: BarComparisonInput): ChartOption {
  const { kind, locale } = input;
  // A category axis reads from the bottom up: ascending order puts the largest bar on top.
  const items = input.items
    .filter((item): item is ComparedItem & { value: number } => item.value !== null)
    .sort((a, b) => a.value - b.value);
  return {
    color: [CHART_PALETTE[0]],
    grid: { left: 16, right: 32, top: 16, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => formatValue(typeof value === 'number' ? value : null, kind, locale),
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (value: number) => formatValue(value, axisKind(kind), locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: items.map((item) => item.name),
      axisLabel: { color: AXIS_TEXT },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: items.map((item) =>
          item.name === input.highlight ? { value: item.value, itemStyle: { color: HIGHLIGHT } } : item.value,
        ),
      },
    ],
  };
}
