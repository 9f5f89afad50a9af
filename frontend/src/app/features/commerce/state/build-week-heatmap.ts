import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { ProfileRow } from '../data-access/commerce-rows';
import { words } from './words';

/** The typical week: hours across, weekdays down, colour = mean count (public holidays left out). */
export function buildHeatmap(profile: readonly ProfileRow[], area: string, year: number | null, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const w = words(lang);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    translate(lang, `commerce.weekday.${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
  );
  const max = Math.max(0, ...profile.map((row) => row.mean_count ?? 0));
  const peak = [...profile].sort((a, b) => (b.mean_count ?? 0) - (a.mean_count ?? 0))[0];
  const lunch = profile.filter((row) => row.isodow <= 5 && (row.hour_of_day === 12 || row.hour_of_day === 13));
  const lunchShare = lunch.length ? lunch.reduce((sum, row) => sum + (row.share_of_day ?? 0), 0) / 5 : null;
  const heading = translate(lang, 'commerce.heatmap.heading', { area, year: year ?? '' });
  const options: ChartOption = {
    grid: { left: 16, right: 16, top: 16, bottom: 72, containLabel: true },
    tooltip: {
      formatter: (params: unknown) => {
        const [hour, day, value] = (params as { value: [number, number, number] }).value;
        return `${weekdays[day]} ${hour} h : ${formatValue(value, 'integer', locale)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: 24 }, (_, h) => `${h} h`),
      axisLabel: { color: AXIS_TEXT },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: weekdays,
      inverse: true,
      axisLabel: { color: AXIS_TEXT },
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f4f7fb', '#9ecae1', '#0b5fa5', '#08306b'] },
      formatter: (value: unknown) => formatValue(Number(value), 'integer', locale),
    },
    series: [
      {
        type: 'heatmap',
        name: translate(lang, 'commerce.column.meanHourly'),
        data: profile.map((row) => [row.hour_of_day, row.isodow - 1, row.mean_count ?? 0]),
      },
    ],
  };
  return {
    heading,
    summary: peak
      ? translate(lang, 'commerce.heatmap.summary', {
          area,
          weekday: weekdays[peak.isodow - 1],
          hour: peak.hour_of_day,
          value: w.number(peak.mean_count ?? 0),
          lunch: lunchShare === null ? '?' : w.percent(lunchShare),
        })
      : translate(lang, 'commerce.noData'),
    options,
    columns: [
      { key: 'weekday', label: translate(lang, 'commerce.column.weekday'), kind: 'text' },
      { key: 'hour', label: translate(lang, 'commerce.column.hour'), kind: 'integer' },
      { key: 'mean', label: translate(lang, 'commerce.column.meanHourly'), kind: 'integer' },
      { key: 'share', label: translate(lang, 'commerce.column.shareOfDay'), kind: 'percent' },
    ],
    rows: profile.map((row) => ({
      weekday: weekdays[row.isodow - 1],
      hour: row.hour_of_day,
      mean: row.mean_count,
      share: row.share_of_day,
    })),
    fileName: heading,
  };
}
