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

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The energy of each year (bars) against the path (dashed line) up to 2050, on a time axis: 2030, 2040 and 2050
 * sit at their true distance from the years billed (a category axis spaced them like consecutive years).
 * `milestoneTargets` gives the path's value at each milestone after the last year billed. Values are kWh, or
 * shares of the reference year (`kind` percent: 100 % in the reference year, 60 % asked in 2030).
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
  // ticks every 5 years from a round year: 2015, 2020... 2050
  const first = Math.floor(((points[0]?.year ?? last) - 1) / 5) * 5;
  const energy = (value: number) => formatValue(value, kind, locale);
  return {
    color: [CHART_PALETTE[0], CHART_PALETTE[1]],
    grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          seriesName?: string;
          value?: unknown;
          marker?: unknown;
        }[];
        const at = (list[0]?.value as [number, number | null] | undefined)?.[0];
        const lines = list
          .filter((p) => Array.isArray(p.value) && p.value[1] !== null)
          .map((p) => `${p.marker ?? ''}${p.seriesName} : ${energy((p.value as [number, number])[1])}`);
        return [at === undefined ? '' : String(new Date(at).getUTCFullYear()), ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'time',
      min: yearStart(first),
      max: yearStart(Math.max(last, 2050) + 1),
      minInterval: 365 * 24 * 3600 * 1000,
      axisLabel: { color: AXIS_TEXT, formatter: '{yyyy}', hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (value: number) =>
          kind === 'percent' ? formatPercent(value, locale, 0) : formatValue(value, kind, locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'fluids.series.actual'),
        barMaxWidth: 18,
        data: points.map((p) => [yearStart(p.year), p.actual]),
      },
      {
        type: 'line',
        name: translate(lang, 'fluids.series.path'),
        data: [
          ...points.map((p) => [yearStart(p.year), p.target]),
          ...milestones.map((m) => [yearStart(m.year), m.target]),
        ],
        connectNulls: true,
        lineStyle: { width: 3, type: 'dashed' },
        symbolSize: 8,
        label: {
          show: true,
          position: 'top',
          color: AXIS_TEXT,
          // the milestones only: "2030 : 72 MWh"
          formatter: (p) => {
            const [at, value] = p.value as [number, number];
            const year = new Date(at).getUTCFullYear();
            return milestones.some((m) => m.year === year) ? `${year} : ${energy(value)}` : '';
          },
        },
      },
    ],
  };
}
