import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { timeAxisLabel } from '../../../shared/charts/axis-dates';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { AreaId, MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { ProgrammeRow } from '../data-access/budget-rows';
import { slippageSentence } from './budget-sentences';

const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const STATUS_LABEL = {
  planned: 'budget.status.planned',
  in_progress: 'budget.status.in_progress',
  done: 'budget.status.done',
  suspended: 'budget.status.suspended',
} as const;

/**
 * A programme's name as the timeline's axis says it: what differs first. "Remplacement de la chaufferie – École
 * maternelle Voltaire" reads "École maternelle Voltaire – Remplacement de la chaufferie", so that 20 works of the same
 * kind are not 20 identical truncated labels; the tooltip and the table give the name as it is.
 */
export function timelineLabel(name: string): string {
  const parts = name.split(' – ');
  return parts.length === 2 ? `${parts[1]} – ${parts[0]}` : name;
}

/**
 * The programmes as a Gantt-like timeline: one line per programme from its start to its planned end, then its
 * slippage to the expected end in another colour (and a hatch), the day marked; earliest start on top.
 */
export function buildProgrammeTimeline(programmes: readonly ProgrammeRow[], today: string, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const sorted = [...programmes].sort(
    (a, b) => b.start_date.localeCompare(a.start_date) || b.programme_id.localeCompare(a.programme_id),
  );
  const names = sorted.map((p) => timelineLabel(p.name));
  const heading = t('budget.programmes.timeline');
  const date = (value: number) => formatValue(new Date(value).toISOString().slice(0, 10), 'date', locale);
  const bars = sorted.flatMap((p, index) => {
    const planned = [index, time(p.start_date), time(p.planned_end_date), 0];
    return p.slippage_days > 0 ? [planned, [index, time(p.planned_end_date), time(p.expected_end_date), 1]] : [planned];
  });
  const starts = sorted.map((p) => time(p.start_date));
  const ends = sorted.map((p) => Math.max(time(p.expected_end_date), time(p.planned_end_date)));
  const min = starts.length
    ? new Date(Date.UTC(new Date(Math.min(...starts)).getUTCFullYear(), 0, 1)).getTime()
    : time(today);
  const max = ends.length
    ? new Date(Date.UTC(new Date(Math.max(...ends, time(today))).getUTCFullYear() + 1, 0, 1)).getTime()
    : time(today);
  const colors = [CHART_PALETTE[0], CHART_PALETTE[1]];
  const late = sorted.filter((p) => p.is_late);
  const worst = [...late].sort((a, b) => b.slippage_days - a.slippage_days)[0];
  const options: ChartOption = {
    grid: { left: 16, right: 24, top: 32, bottom: 24 },
    legend: {
      top: 0,
      left: 0,
      data: [t('budget.programmes.planned'), t('budget.programmes.slippage')],
      textStyle: { color: AXIS_TEXT },
    },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { dataIndex, seriesIndex } = params as { dataIndex: number; seriesIndex: number };
        const bar = bars[dataIndex];
        if (seriesIndex !== 0 || !bar) return '';
        const p = sorted[bar[0]];
        const progress = formatValue(p.progress_rate, 'percent', locale);
        return `${p.name}<br>${date(bar[1])} – ${date(bar[2])}<br>${t('budget.column.progress')} : ${progress}`;
      },
    },
    xAxis: {
      type: 'time',
      min,
      max,
      axisLabel: { color: AXIS_TEXT, formatter: timeAxisLabel(locale), hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: names,
      axisLabel: { color: AXIS_TEXT, width: 260, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        name: t('budget.programmes.planned'),
        encode: { x: [1, 2], y: 0 },
        data: bars,
        renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const category = api.value(0) as number;
          const start = api.coord([api.value(1), category]);
          const end = api.coord([api.value(2), category]);
          const size = api.size?.([0, 1]);
          const height = (Array.isArray(size) ? size[1] : (size ?? 20)) * 0.55;
          const slipping = api.value(3) === 1;
          return {
            type: 'rect',
            shape: {
              x: start[0],
              y: start[1] - height / 2,
              width: Math.max(2, end[0] - start[0]),
              height,
            },
            style: {
              fill: colors[slipping ? 1 : 0],
              ...(slipping
                ? {
                    decal: {
                      symbol: 'rect',
                      dashArrayX: [1, 0],
                      dashArrayY: [2, 4],
                      rotation: Math.PI / 4,
                    },
                  }
                : {}),
            },
          };
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#111111', type: 'solid' },
          label: { formatter: t('budget.programmes.today'), position: 'end' },
          data: [{ xAxis: time(today) }],
        },
      },
      // An empty series, so the legend names the slippage colour.
      {
        type: 'bar',
        name: t('budget.programmes.slippage'),
        data: [],
        itemStyle: { color: colors[1] },
      },
    ],
  };
  return {
    heading,
    summary: slippageSentence({
      lang,
      count: sorted.length,
      late: late.length,
      worst: worst ? { name: worst.name, months: worst.slippage_months } : null,
    }),
    options,
    columns: programmeColumns(lang),
    rows: programmeRows(programmes, lang),
    fileName: heading,
  };
}

/** The result first (status, slippage, progress), then the amounts and the dates behind it. */
export function programmeColumns(lang: Lang): TableColumn[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return [
    { key: 'name', label: t('budget.column.programme'), kind: 'text' },
    { key: 'status', label: t('budget.column.status'), kind: 'text' },
    { key: 'slippage', label: t('budget.column.slippageMonths'), kind: 'integer' },
    { key: 'progress', label: t('budget.column.progress'), kind: 'percent' },
    { key: 'ap', label: t('budget.column.ap'), kind: 'euros' },
    { key: 'executed', label: t('budget.column.cpExecuted'), kind: 'euros' },
    { key: 'remaining', label: t('budget.column.remaining'), kind: 'euros' },
    { key: 'expectedEnd', label: t('budget.column.expectedEnd'), kind: 'date' },
    { key: 'plannedEnd', label: t('budget.column.plannedEnd'), kind: 'date' },
    { key: 'start', label: t('budget.column.start'), kind: 'date' },
    { key: 'quartier', label: t('budget.column.quartier'), kind: 'text' },
  ];
}

export function programmeRows(programmes: readonly ProgrammeRow[], lang: Lang): TableRow[] {
  return [...programmes]
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.programme_id.localeCompare(b.programme_id))
    .map((p) => ({
      name: `${p.programme_id} – ${p.name}`,
      quartier: p.quartier ?? p.street ?? '',
      ap: p.ap_amount_eur,
      executed: p.cp_executed_to_date,
      remaining: p.remaining_eur,
      progress: p.progress_rate,
      start: p.start_date,
      plannedEnd: p.planned_end_date,
      expectedEnd: p.expected_end_date,
      slippage: p.slippage_months,
      status: translate(lang, STATUS_LABEL[p.status]),
    }));
}

/** Programmes with coordinates, as circles on the map. */
export function programmeMarkers(programmes: readonly ProgrammeRow[], locale: string): MapMarker[] {
  return programmes
    .filter((p): p is ProgrammeRow & { lat: number; lon: number } => p.lat !== null && p.lon !== null)
    .map((p) => ({
      id: p.programme_id,
      lat: p.lat,
      lng: p.lon,
      label: `${p.name} – ${formatValue(p.ap_amount_eur, 'compactCurrency', locale)}`,
    }));
}

/** How many programmes each quartier holds (the map's colours on the programmes page). */
export function programmesPerQuartier(
  programmes: readonly ProgrammeRow[],
  quartiers: QuartierCollection | null,
): ReadonlyMap<AreaId, number | null> {
  const counts = new Map<AreaId, number | null>((quartiers?.features ?? []).map((f) => [f.properties.id, 0]));
  for (const p of programmes)
    if (p.quartier_id !== null) counts.set(p.quartier_id, (counts.get(p.quartier_id) ?? 0) + 1);
  return counts;
}
