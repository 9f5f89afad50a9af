import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { timeAxisLabel } from '../../../shared/charts/axis-dates';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { PremisesStatus, TimelineRow } from '../data-access/commerce-rows';
import { STATUS_COLORS, statusLabel } from './premises-status';
import { withArticle, words } from './words';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The premises timeline: one row per premises of the street, one bar per status period (occupied, vacant, works,
 * closed), from the register's first date to the page's date. Drawn with a custom series (rectangles).
 */
export function buildTimeline(street: string, timeline: readonly TimelineRow[], date: string, lang: Lang): ChartView {
  const premisesIds = [...new Set(timeline.map((row) => row.premises_id))];
  const end = dayOf(date) + DAY;
  const w = words(lang);
  const heading = translate(lang, 'commerce.timeline.heading', { street });
  const periods = timeline.filter((row) => row.valid_from <= date);
  const vacantNow = periods.filter((row) => row.status === 'vacant' && (row.valid_to === null || row.valid_to >= date));
  const changes = periods.filter((row) => row.valid_from > (periods[0]?.valid_from ?? date)).length;
  const options: ChartOption = {
    grid: { left: 16, right: 16, top: 40, bottom: 24, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: AXIS_TEXT },
      data: (['occupied', 'vacant', 'works', 'closed'] as PremisesStatus[]).map((status) => ({
        name: statusLabel(status, lang),
        itemStyle: { color: STATUS_COLORS[status] },
      })),
    },
    tooltip: {
      formatter: (params: unknown) => {
        const [, from, to, , label] = (params as { value: [number, number, number, string, string] }).value;
        return `${label}<br>${w.date(new Date(from).toISOString().slice(0, 10))} → ${w.date(new Date(to - DAY).toISOString().slice(0, 10))}`;
      },
    },
    xAxis: {
      type: 'time',
      axisLabel: { color: AXIS_TEXT, formatter: timeAxisLabel(LOCALE_BY_LANG[lang]), hideOverlap: true },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: premisesIds,
      axisLabel: { color: AXIS_TEXT, fontSize: 10 },
      inverse: true,
    },
    series: (['occupied', 'vacant', 'works', 'closed'] as PremisesStatus[]).map((status) => ({
      type: 'custom' as const,
      name: statusLabel(status, lang),
      itemStyle: { color: STATUS_COLORS[status] },
      encode: { x: [1, 2], y: 0 },
      renderItem: (params: unknown, api: unknown) => {
        const a = api as {
          value: (i: number) => number;
          coord: (p: [number, number]) => [number, number];
          size: (p: [number, number]) => [number, number];
          style: () => object;
        };
        const start = a.coord([a.value(1), a.value(0)]);
        const stop = a.coord([a.value(2), a.value(0)]);
        const height = a.size([0, 1])[1] * 0.7;
        return {
          type: 'rect',
          shape: {
            x: start[0],
            y: start[1] - height / 2,
            width: Math.max(1, stop[0] - start[0]),
            height,
          },
          style: a.style(),
        };
      },
      data: periods
        .filter((row) => row.status === status)
        .map((row) => ({
          value: [
            premisesIds.indexOf(row.premises_id),
            dayOf(row.valid_from),
            Math.min(end, row.valid_to ? dayOf(row.valid_to) + DAY : end),
            status,
            `${row.premises_id} · ${row.address ?? ''} · ${statusLabel(status, lang)}${row.activity ? ` (${row.activity})` : ''}`,
          ],
        })),
    })),
  };
  return {
    heading,
    summary: translate(lang, 'commerce.timeline.summary', {
      street: withArticle(street, lang),
      premises: premisesIds.length,
      changes,
      vacant: vacantNow.length,
      date: w.date(date),
      longest: vacantNow.length
        ? w.date(
            [...vacantNow].sort((a, b) => (a.vacant_since ?? '').localeCompare(b.vacant_since ?? ''))[0].vacant_since ??
              date,
          )
        : '—',
    }),
    options,
    columns: [
      { key: 'premises', label: translate(lang, 'commerce.column.premisesId'), kind: 'text' },
      { key: 'address', label: translate(lang, 'commerce.column.address'), kind: 'text' },
      { key: 'from', label: translate(lang, 'commerce.column.from'), kind: 'date' },
      { key: 'to', label: translate(lang, 'commerce.column.to'), kind: 'date' },
      { key: 'status', label: translate(lang, 'commerce.column.status'), kind: 'text' },
      { key: 'activity', label: translate(lang, 'commerce.column.activity'), kind: 'text' },
    ],
    rows: periods.map((row) => ({
      premises: row.premises_id,
      address: row.address,
      from: row.valid_from,
      to: row.valid_to,
      status: statusLabel(row.status, lang),
      activity: row.activity,
    })),
    fileName: heading,
  };
}
