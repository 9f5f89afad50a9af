import { ChartOption } from './chart-option';

/**
 * Turns on ECharts' aria module (a description read by screen readers) and decal patterns, so colour is never
 * the only cue. When a summary is given it becomes the chart's description. For a reader who asked the system for
 * less motion (WCAG 2.3.3), charts appear drawn at once instead of growing.
 */
export function withAccessibility(option: ChartOption, description = '', reducedMotion = false): ChartOption {
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  return {
    ...option,
    ...(reducedMotion ? { animation: false } : {}),
    aria: {
      enabled: true,
      decal: { show: true },
      ...aria,
      ...(description ? { label: { enabled: true, description } } : {}),
    },
  };
}
