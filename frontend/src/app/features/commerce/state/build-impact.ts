import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisDates } from '../../../shared/charts/axis-dates';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { ImpactPeriod, ImpactResult, ImpactSummaryRow } from '../data-access/commerce-rows';
import { words } from './words';

const periodLabel = (period: ImpactPeriod, lang: Lang) => translate(lang, `commerce.impact.period.${period}`);

/** How sure the estimate is: its 95 % interval excludes no change (clear) or not (uncertain). */
export function certainty(row: ImpactSummaryRow): 'clear' | 'uncertain' | 'unknown' {
  if (row.effect_low === null || row.effect_high === null) return 'unknown';
  return row.effect_low > 0 || row.effect_high < 0 ? 'clear' : 'uncertain';
}

/**
 * The sentence of the impact tool: what changed in the zone during (and after) the intervention, against the
 * control sites, and how sure we are (interval, days compared).
 */
export function summarizeImpact(result: ImpactResult, lang: Lang): string {
  const w = words(lang);
  const during = result.summary.find((row) => row.period === 'during');
  const after = result.summary.find((row) => row.period === 'after');
  const zoneSites = result.sites.filter((s) => s.grp === 'zone').length;
  const controlSites = result.sites.filter((s) => s.grp === 'control').length;
  const what = result.intervention
    ? translate(lang, 'commerce.impact.what.named', { name: result.intervention.name })
    : translate(lang, 'commerce.impact.what.adHoc');
  if (!during || during.zone_change === null || during.effect === null) {
    return translate(lang, 'commerce.impact.notEnough', { what, days: during?.days_compared ?? 0 });
  }
  const direction = (change: number) => translate(lang, change < 0 ? 'commerce.impact.fell' : 'commerce.impact.rose');
  let sentence = translate(lang, 'commerce.impact.during', {
    what,
    start: w.date(result.start),
    end: w.date(result.end),
    sites: zoneSites,
    direction: direction(during.zone_change),
    change: w.percent(Math.abs(during.zone_change)),
    window: result.window_days,
    controls: controlSites,
    control: w.signedPercent(during.control_change ?? 0),
    effect: w.signedPercent(during.effect),
    low: w.signedPercent(during.effect_low ?? during.effect),
    high: w.signedPercent(during.effect_high ?? during.effect),
    days: during.days_compared,
  });
  sentence += ' ' + translate(lang, `commerce.impact.certainty.${certainty(during)}`);
  if (after && after.effect !== null && after.days_compared > 0) {
    sentence +=
      ' ' +
      translate(lang, 'commerce.impact.after', {
        effect: w.signedPercent(after.effect),
        low: w.signedPercent(after.effect_low ?? after.effect),
        high: w.signedPercent(after.effect_high ?? after.effect),
        days: after.days_compared,
      });
  } else {
    sentence += ' ' + translate(lang, 'commerce.impact.noAfter');
  }
  return sentence;
}

/** The zone's and the controls' daily indices (before = 100), the intervention period shaded. */
export function buildImpactChart(result: ImpactResult, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const zone = translate(lang, 'commerce.impact.zoneIndex');
  const control = translate(lang, 'commerce.impact.controlIndex');
  const heading = translate(lang, 'commerce.impact.chart.heading');
  const days = result.daily.map((row) => row.day);
  // days in words on the axis ("3 janv. 2025"); the shaded period names its first and last day the same way
  const labels = axisDates(days, locale);
  const labelOf = (day: string) => labels[days.indexOf(day)];
  const during = result.daily.filter((row) => row.period === 'during');
  const scaled = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  const options: ChartOption = {
    color: [CHART_PALETTE[1], CHART_PALETTE[0]],
    grid: { left: 16, right: 16, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, 'number', locale),
    },
    xAxis: { type: 'category', data: labels, axisLabel: { color: AXIS_TEXT } },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: AXIS_TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'line',
        name: zone,
        data: result.daily.map((row) => scaled(row.zone_index)),
        connectNulls: false,
        symbolSize: 4,
        lineStyle: { width: 2 },
        markArea: during.length
          ? {
              silent: true,
              itemStyle: { color: 'rgba(194, 84, 0, 0.08)' },
              label: { color: AXIS_TEXT },
              data: [
                [
                  { name: periodLabel('during', lang), xAxis: labelOf(during[0].day) },
                  { xAxis: labelOf(during[during.length - 1].day) },
                ],
              ],
            }
          : undefined,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: AXIS_TEXT, type: 'dashed' },
          data: [{ yAxis: 100 }],
        },
      },
      {
        type: 'line',
        name: control,
        data: result.daily.map((row) => scaled(row.control_index)),
        connectNulls: false,
        symbolSize: 4,
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  };
  const index = (row: ImpactSummaryRow | undefined, change: number | null | undefined) =>
    row && change !== null && change !== undefined ? Math.round((1 + change) * 100) : null;
  const duringRow = result.summary.find((row) => row.period === 'during');
  const afterRow = result.summary.find((row) => row.period === 'after');
  const zoneDuring = index(duringRow, duringRow?.zone_change);
  const controlDuring = index(duringRow, duringRow?.control_change);
  const zoneAfter = index(afterRow, afterRow?.zone_change);
  const controlAfter = index(afterRow, afterRow?.control_change);
  return {
    heading,
    summary:
      zoneDuring === null || controlDuring === null
        ? translate(lang, 'commerce.impact.chart.none')
        : translate(lang, 'commerce.impact.chart.summary', {
            zone: zoneDuring,
            control: controlDuring,
          }) +
          (zoneAfter !== null && controlAfter !== null
            ? ' ' +
              translate(lang, 'commerce.impact.chart.after', {
                zone: zoneAfter,
                control: controlAfter,
              })
            : ''),
    options,
    columns: [
      { key: 'day', label: translate(lang, 'commerce.column.day'), kind: 'date' },
      { key: 'period', label: translate(lang, 'commerce.column.period'), kind: 'text' },
      { key: 'zone', label: zone, kind: 'decimal' },
      { key: 'control', label: control, kind: 'decimal' },
      { key: 'counts', label: translate(lang, 'commerce.impact.zoneCounts'), kind: 'integer' },
    ],
    rows: result.daily.map((row) => ({
      day: row.day,
      period: periodLabel(row.period, lang),
      zone: scaled(row.zone_index),
      control: scaled(row.control_index),
      counts: row.zone_count,
    })),
    fileName: heading,
  };
}

/** Before / during / after as a table: the figures the sentence rests on. */
export function buildImpactTable(result: ImpactResult, lang: Lang): { columns: TableColumn[]; rows: TableRow[] } {
  return {
    columns: [
      // the result first: the effect and its interval, then what it is computed from
      { key: 'period', label: translate(lang, 'commerce.column.period'), kind: 'text' },
      { key: 'effect', label: translate(lang, 'commerce.impact.effect'), kind: 'percent' },
      { key: 'low', label: translate(lang, 'commerce.impact.low'), kind: 'percent' },
      { key: 'high', label: translate(lang, 'commerce.impact.high'), kind: 'percent' },
      { key: 'zone', label: translate(lang, 'commerce.impact.zoneChange'), kind: 'percent' },
      { key: 'control', label: translate(lang, 'commerce.impact.controlChange'), kind: 'percent' },
      { key: 'lastYear', label: translate(lang, 'commerce.impact.lastYear'), kind: 'percent' },
      { key: 'days', label: translate(lang, 'commerce.column.daysCompared'), kind: 'integer' },
      { key: 'mean', label: translate(lang, 'commerce.impact.zoneMean'), kind: 'integer' },
      { key: 'from', label: translate(lang, 'commerce.column.from'), kind: 'date' },
      { key: 'to', label: translate(lang, 'commerce.column.to'), kind: 'date' },
    ],
    rows: result.summary.map((row) => ({
      period: periodLabel(row.period, lang),
      from: row.first_day,
      to: row.last_day,
      days: row.days_compared,
      mean: row.zone_mean_daily,
      zone: row.zone_change,
      control: row.control_change,
      effect: row.effect,
      low: row.effect_low,
      high: row.effect_high,
      lastYear: row.change_vs_last_year,
    })),
  };
}
