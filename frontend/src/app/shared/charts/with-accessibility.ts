import { ChartOption } from './chart-option';

/**
 * Turns on ECharts' aria module (a description read by screen readers) and decal patterns, so colour is never
 * the only cue. When a summary is given it becomes the chart's description.
 */
export function withAccessibility(option: ChartOption, description = ''): ChartOption {
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  return {
    ...option,
    aria: {
      enabled: true,
      decal: { show: true },
      ...aria,
      ...(description ? { label: { enabled: true, description } } : {}),
    },
  };
}
