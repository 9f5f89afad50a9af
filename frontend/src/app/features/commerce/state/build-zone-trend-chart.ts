import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { PeriodRow } from '../data-access/commerce-rows';
import { words } from './words';

/** Mean daily pedestrian flow of each zone, month by month (complete days only, so a counter down is no dip). */
export function buildZoneTrend(months: readonly PeriodRow[], lang: Lang): ChartView {
  const zones = [...new Set(months.map((row) => row.zone ?? ''))].sort();
  const periods = [...new Set(months.map((row) => row.period_start))].sort();
  const value = (zone: string, start: string) =>
    months.find((row) => (row.zone ?? '') === zone && row.period_start === start)?.mean_daily_complete ?? null;
  const heading = translate(lang, 'commerce.zones.heading');
  const w = words(lang);
  // the lowest month of the last three years: recent dips (works, events), not the first lockdown
  const recent = periods.slice(-36);
  const lows = zones
    .map((zone) => {
      const series = recent
        .map((p) => ({ p, v: value(zone, p) }))
        .filter((x): x is { p: string; v: number } => x.v !== null);
      const low = [...series].sort((a, b) => a.v - b.v)[0];
      const last = series[series.length - 1];
      return low && last
        ? translate(lang, 'commerce.zones.clause', {
            zone: zone || translate(lang, 'commerce.zones.noZone'),
            last: w.number(last.v),
            lastMonth: w.month(last.p),
            low: w.number(low.v),
            lowMonth: w.month(low.p),
          })
        : null;
    })
    .filter((clause): clause is string => clause !== null);
  return {
    heading,
    summary: lows.length ? `${lows.join(' ; ')}.` : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: periods.map((p) => p.slice(0, 7)),
      series: zones.map((zone) => ({
        name: zone || translate(lang, 'commerce.zones.noZone'),
        values: periods.map((p) => value(zone, p)),
      })),
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'zone', label: translate(lang, 'commerce.column.zone'), kind: 'text' },
      { key: 'mean', label: translate(lang, 'commerce.column.meanDaily'), kind: 'integer' },
      {
        key: 'completeness',
        label: translate(lang, 'commerce.column.completeness'),
        kind: 'percent',
      },
    ],
    rows: months.map((row) => ({
      month: row.period_start,
      zone: row.zone,
      mean: row.mean_daily_complete,
      completeness: row.completeness,
    })),
    fileName: heading,
  };
}
