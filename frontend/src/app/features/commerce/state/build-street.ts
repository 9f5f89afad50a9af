import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisDates, timeAxisLabel } from '../../../shared/charts/axis-dates';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { InterventionRow, PremisesRow, PremisesStatus, StreetRow, TimelineRow } from '../data-access/commerce-rows';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { MARKER_COLORS } from './build-premises-map';
import { withArticle, words } from './words';

export const STATUS_COLORS: Readonly<Record<PremisesStatus, string>> = {
  occupied: CHART_PALETTE[0],
  vacant: MARKER_COLORS.vacant,
  works: MARKER_COLORS.works,
  closed: MARKER_COLORS.other,
};

const statusLabel = (status: PremisesStatus, lang: Lang) => translate(lang, `commerce.status.${status}`);

/** The street's month at the page's date: the latest month of its history not after the date. */
export function streetMonth(history: readonly StreetRow[], date: string): StreetRow | null {
  const month = date.slice(0, 7);
  return [...history].filter((row) => row.month <= month).sort((a, b) => b.month.localeCompare(a.month))[0] ?? null;
}

/**
 * The street's cards at the page's date; its footfall per day as the KPI catalogue gives it (the street's latest
 * month of the year against the same month a year before: the month the alerts centre describes).
 */
export function buildStreetKpis(current: StreetRow | null, catalogue: readonly KpiRow[], lang: Lang): KpiView[] {
  if (!current) return [];
  const year = Number(current.month.slice(0, 4)) - 1;
  return [
    {
      id: 'street-rate',
      label: translate(lang, 'commerce.kpi.vacancyRate'),
      value: current.vacancy_rate,
      kind: 'percent',
      unit: '',
      change: current.vacancy_rate_change_12m,
      changeIn: 'points',
      comparedWith: current.vacancy_rate_change_12m === null ? null : year,
      status: null,
      trend: [],
    },
    {
      id: 'street-vacant',
      label: translate(lang, 'commerce.kpi.vacant'),
      value: current.vacant,
      kind: 'integer',
      unit: translate(lang, 'commerce.unit.ofPremises', { premises: current.premises }),
      change: null,
      changeIn: 'relative',
      comparedWith: null,
      status: null,
      trend: [],
    },
    {
      id: 'street-structural',
      label: translate(lang, 'commerce.kpi.structural'),
      value: current.vacant_over_1_year,
      kind: 'integer',
      unit: '',
      change: null,
      changeIn: 'relative',
      comparedWith: null,
      status: null,
      trend: [],
    },
    kpiRowView(
      findKpi(catalogue, 'street_footfall', current.street),
      {
        id: 'street-footfall',
        label: translate(lang, 'commerce.kpi.footfall'),
        kind: 'integer',
        unit: translate(lang, 'commerce.unit.perDay'),
      },
      lang,
    ),
  ];
}

/**
 * Vacancy (left axis) and footfall (right axis) of the street, month by month up to the page's date (the month its
 * cards describe: a chart running on to a later month told another story beside them): do they move together?
 */
export function buildStreetHistory(street: string, history: readonly StreetRow[], date: string, lang: Lang): ChartView {
  const rows = [...history]
    .filter((row) => !date || row.month <= date.slice(0, 7))
    .sort((a, b) => a.month.localeCompare(b.month));
  const locale = LOCALE_BY_LANG[lang];
  const w = words(lang);
  const rate = translate(lang, 'commerce.column.vacancyRate');
  const footfall = translate(lang, 'commerce.column.footfall');
  const heading = translate(lang, 'commerce.street.history.heading', { street });
  const hasFootfall = rows.some((row) => row.footfall_mean_daily !== null);
  const first = rows.find((row) => row.vacancy_rate !== null);
  const last = [...rows].reverse().find((row) => row.vacancy_rate !== null);
  const firstFootfall = rows.find((row) => row.footfall_mean_daily !== null);
  const lastFootfall = [...rows].reverse().find((row) => row.footfall_mean_daily !== null);
  const options: ChartOption = {
    color: [CHART_PALETTE[1], CHART_PALETTE[0]],
    grid: { left: 16, right: 16, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: axisDates(
        rows.map((row) => row.month),
        locale,
      ),
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        name: rate,
        axisLabel: {
          color: AXIS_TEXT,
          formatter: (v: number) => formatValue(v, 'percent', locale),
        },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        name: footfall,
        axisLabel: {
          color: AXIS_TEXT,
          formatter: (v: number) => formatValue(v, 'integer', locale),
        },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: rate,
        data: rows.map((row) => row.vacancy_rate),
        yAxisIndex: 0,
        symbolSize: 6,
        lineStyle: { width: 3 },
        connectNulls: false,
        tooltip: {
          valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, 'percent', locale),
        },
      },
      ...(hasFootfall
        ? [
            {
              type: 'line' as const,
              name: footfall,
              data: rows.map((row) => row.footfall_mean_daily),
              yAxisIndex: 1,
              symbolSize: 6,
              lineStyle: { width: 2, type: 'dashed' as const },
              connectNulls: false,
              tooltip: {
                valueFormatter: (v: unknown) => formatValue(typeof v === 'number' ? v : null, 'integer', locale),
              },
            },
          ]
        : []),
    ],
  };
  const vacancyPart =
    first && last
      ? translate(lang, 'commerce.street.history.vacancy', {
          street: withArticle(street, lang),
          from: w.month(first.month),
          to: w.month(last.month),
          first: w.percent(first.vacancy_rate!),
          last: w.percent(last.vacancy_rate!),
        })
      : translate(lang, 'commerce.noData');
  const footfallPart =
    firstFootfall && lastFootfall && firstFootfall !== lastFootfall
      ? ' ' +
        translate(lang, 'commerce.street.history.footfall', {
          first: w.number(firstFootfall.footfall_mean_daily!),
          last: w.number(lastFootfall.footfall_mean_daily!),
          change:
            lastFootfall.footfall_change_12m === null
              ? ''
              : translate(lang, 'commerce.street.history.footfallChange', {
                  change: w.signedPercent(lastFootfall.footfall_change_12m),
                }),
        })
      : ' ' + translate(lang, 'commerce.street.history.noCounter');
  return {
    heading,
    summary: vacancyPart + footfallPart,
    options,
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'rate', label: rate, kind: 'percent' },
      {
        key: 'footfallChange',
        label: translate(lang, 'commerce.column.footfallChange'),
        kind: 'percent',
      },
      { key: 'footfall', label: footfall, kind: 'integer' },
      { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' },
      { key: 'premises', label: translate(lang, 'commerce.column.premises'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      premises: row.premises,
      vacant: row.vacant,
      rate: row.vacancy_rate,
      footfall: row.footfall_mean_daily,
      footfallChange: row.footfall_change_12m,
    })),
    fileName: heading,
  };
}

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

/** The premises of the street on the page's date, as a table. */
export function buildPremisesTable(
  premises: readonly PremisesRow[],
  lang: Lang,
): { columns: TableColumn[]; rows: TableRow[] } {
  return {
    columns: [
      { key: 'address', label: translate(lang, 'commerce.column.address'), kind: 'text' },
      { key: 'status', label: translate(lang, 'commerce.column.status'), kind: 'text' },
      { key: 'activity', label: translate(lang, 'commerce.column.activity'), kind: 'text' },
      { key: 'since', label: translate(lang, 'commerce.column.since'), kind: 'date' },
      { key: 'days', label: translate(lang, 'commerce.column.vacantDays'), kind: 'integer' },
      { key: 'surface', label: translate(lang, 'commerce.column.surface'), kind: 'integer' },
    ],
    rows: premises.map((p) => ({
      address: p.address ?? p.premises_id,
      status: statusLabel(p.status, lang),
      activity: p.activity,
      since: p.status_since,
      days: p.vacant_days,
      surface: p.surface_m2,
    })),
  };
}

/** Interventions on the street, latest first: each links to its impact analysis. */
export function streetInterventions(interventions: readonly InterventionRow[], street: string): InterventionRow[] {
  return interventions.filter((i) => i.street === street);
}
