import { ChartOption } from '../../charts/chart-option';

/** ECharts parts registered only when a chart needs them (each is a lazy chunk, see echarts-setup.ts). */
export type ChartPart = 'bar' | 'line' | 'scatter' | 'heatmap' | 'custom' | 'visualMap' | 'markArea';

const SERIES_PARTS: readonly ChartPart[] = ['bar', 'line', 'scatter', 'heatmap', 'custom'];

function asList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value as T];
}

/** What an option draws: its series types, a visual map, mark areas. Pure: read by the wrapper before drawing. */
export function partsOf(option: ChartOption): ChartPart[] {
  const parts = new Set<ChartPart>();
  for (const series of asList(option.series)) {
    const type = (series as { type?: string }).type as ChartPart | undefined;
    if (type && SERIES_PARTS.includes(type)) parts.add(type);
    if ((series as { markArea?: unknown }).markArea) parts.add('markArea');
  }
  if (asList(option.visualMap).length) parts.add('visualMap');
  return [...parts];
}
