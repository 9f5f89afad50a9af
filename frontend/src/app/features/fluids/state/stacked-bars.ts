import { ChartOption } from '../../../shared/charts/chart-option';

/** The bars of a trend chart stacked into one bar per period (a bill split by fluid). */
export function stackedBars(options: ChartOption, stack: string): ChartOption {
  return {
    ...options,
    series: (options.series as object[]).map((series) => ({ ...series, stack })),
  } as ChartOption;
}
