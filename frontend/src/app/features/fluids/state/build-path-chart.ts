import { formatPercent, formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';

/** One year of a décret tertiaire trajectory: the weather-corrected energy (null when incomplete) and the path. */
export interface PathPoint {
  year: number;
  actual: number | null;
  target: number | null;
}

/** The décret's milestones and the share of the reference each allows. */
export const MILESTONES: readonly { year: number; share: number }[] = [
  { year: 2030, share: 0.6 },
  { year: 2040, share: 0.5 },
  { year: 2050, share: 0.4 },
];

/**
 * The energy of each year (bars) against the path (dashed line) up to 2050, on an axis of years spaced by time:
 * 2030, 2040 and 2050 sit at their true distance from the years billed (a category axis spaced them like
 * consecutive years), with a tick every 5 years from a round year. `milestoneTargets` gives the path's value at each
 * milestone after the last year billed. Values are kWh, or shares of the reference year (`kind` percent: 100 % in
 * the reference year, 60 % asked in 2030).
 */
export function buildPathChart(
  points: readonly PathPoint[],
  milestoneTargets: readonly { year: number; target: number | null }[],
  lang: Lang,
  kind: 'energy' | 'percent' = 'energy',
): ChartOption {
  const locale = LOCALE_BY_LANG[lang];
  const last = points.at(-1)?.year ?? 0;
  const milestones = milestoneTargets.filter((m) => m.year > last && m.target !== null);
  const first = Math.floor(((points[0]?.year ?? last) - 1) / 5) * 5;
  const value = (v: number) => formatValue(v, kind, locale);
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return {
    color: [CHART_PALETTE[0], CHART_PALETTE[1]],
    grid: { left: 16, right: 32, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          seriesName?: string;
          value?: unknown;
          marker?: unknown;
        }[];
        const year = (list[0]?.value as [number, number | null] | undefined)?.[0];
        const lines = list
          .filter((p) => Array.isArray(p.value) && p.value[1] !== null)
          .map((p) => `${p.marker ?? ''}${p.seriesName}${colon}${value((p.value as [number, number])[1])}`);
        return [year === undefined ? '' : String(year), ...lines].join('<br>');
      },
    },
    xAxis: {
      // years as numbers on a linear axis: spaced by time, written without a thousands separator
      type: 'value',
      min: first,
      max: Math.max(Math.ceil((last + 1) / 5) * 5, 2050),
      interval: 5,
      axisLabel: { color: AXIS_TEXT, formatter: (year: number) => String(year) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (v: number) => (kind === 'percent' ? formatPercent(v, locale, 0) : formatValue(v, kind, locale)),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'fluids.series.actual'),
        barMaxWidth: 18,
        data: points.map((p) => [p.year, p.actual]),
      },
      {
        type: 'line',
        name: translate(lang, 'fluids.series.path'),
        data: [...points.map((p) => [p.year, p.target]), ...milestones.map((m) => [m.year, m.target])],
        connectNulls: true,
        lineStyle: { width: 3, type: 'dashed' },
        symbolSize: 8,
        label: {
          show: true,
          position: 'top',
          color: AXIS_TEXT,
          // the milestones only: "2030 : 60,0 %"
          formatter: (p) => {
            const [year, target] = p.value as [number, number];
            return milestones.some((m) => m.year === year) ? `${year}${colon}${value(target)}` : '';
          },
        },
      },
    ],
  };
}
