import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { MapMarker, MarkerLegendEntry } from '../../../shared/ui/leaflet-map/map-area';
import { DayRow, PeriodRow, ProfileRow, SiteKind, SiteRow, YearOnYearRow } from '../data-access/commerce-rows';
import { words } from './words';

const KIND_COLORS: Readonly<Record<SiteKind, string>> = {
  pedestrian: '#0b5fa5',
  bike: '#007a5a',
  car: '#5b5b5b',
  facility: '#a4487f',
};

const kindLabel = (kind: SiteKind, lang: Lang) => translate(lang, `commerce.kind.${kind}`);

/** The counting sites on the map, coloured by kind and sized by their mean daily flow. */
export function buildSiteMarkers(sites: readonly SiteRow[], lang: Lang): MapMarker[] {
  const w = words(lang);
  const largest = Math.max(1, ...sites.map((s) => s.mean_daily_complete ?? 0));
  return sites
    .filter((s) => s.lat !== null && s.lon !== null)
    .map((s) => ({
      id: s.site_id,
      lat: s.lat!,
      lng: s.lon!,
      color: KIND_COLORS[s.kind],
      radius: 5 + Math.round(9 * Math.sqrt((s.mean_daily_complete ?? 0) / largest)),
      label: translate(lang, 'commerce.sites.marker', {
        name: s.name,
        kind: kindLabel(s.kind, lang),
        flow: s.mean_daily_complete === null ? '?' : w.number(s.mean_daily_complete),
        completeness: s.completeness === null ? '?' : w.percent(s.completeness),
      }),
    }));
}

/** The legend of the counters' map: one colour per kind of counter present (the title says what sizes mean). */
export function buildSitesLegend(sites: readonly SiteRow[], lang: Lang): MarkerLegendEntry[] {
  const kinds = (Object.keys(KIND_COLORS) as SiteKind[]).filter((kind) => sites.some((s) => s.kind === kind));
  return kinds.map((kind) => ({ color: KIND_COLORS[kind], label: kindLabel(kind, lang) }));
}

export function buildSitesTable(
  sites: readonly SiteRow[],
  lang: Lang,
): { columns: TableColumn[]; rows: TableRow[]; summary: string } {
  const w = words(lang);
  const incomplete = sites.filter((s) => s.completeness !== null && s.completeness < 0.95);
  return {
    summary: incomplete.length
      ? translate(lang, 'commerce.sites.summary', {
          sites: sites.length,
          incomplete: incomplete.length,
          worst: [...incomplete]
            .sort((a, b) => a.completeness! - b.completeness!)
            .slice(0, 2)
            .map((s) => `${s.name} (${w.percent(s.completeness!)})`)
            .join(', '),
        })
      : translate(lang, 'commerce.sites.allComplete', { sites: sites.length }),
    columns: [
      { key: 'name', label: translate(lang, 'commerce.column.site'), kind: 'text' },
      { key: 'mean', label: translate(lang, 'commerce.column.meanDaily'), kind: 'integer' },
      {
        key: 'completeness',
        label: translate(lang, 'commerce.column.completeness'),
        kind: 'percent',
      },
      { key: 'kind', label: translate(lang, 'commerce.column.kind'), kind: 'text' },
      { key: 'zone', label: translate(lang, 'commerce.column.zone'), kind: 'text' },
      { key: 'complete', label: translate(lang, 'commerce.column.daysComplete'), kind: 'integer' },
      { key: 'fault', label: translate(lang, 'commerce.column.hoursFault'), kind: 'integer' },
      { key: 'missing', label: translate(lang, 'commerce.column.hoursMissing'), kind: 'integer' },
    ],
    rows: sites.map((s) => ({
      name: s.name,
      kind: kindLabel(s.kind, lang),
      zone: s.zone,
      mean: s.mean_daily_complete,
      completeness: s.completeness,
      complete: s.days_complete,
      fault: s.hours_fault,
      missing: s.hours_missing,
    })),
  };
}

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

/**
 * Daily flow of the zone (or commune) over the period: a day is drawn only when every site of the area counted
 * every hour; the others are gaps, and the sentence says how many.
 */
export function buildDailyChart(days: readonly DayRow[], area: string, lang: Lang): ChartView {
  const rows = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const complete = rows.filter((row) => row.sites_complete === row.sites);
  const heading = translate(lang, 'commerce.daily.heading', { area });
  const counts = translate(lang, 'commerce.column.counts');
  const holidays = rows.filter((row) => row.day_type === 'public_holiday').length;
  return {
    heading,
    summary: rows.length
      ? translate(lang, 'commerce.daily.summary', {
          area,
          complete: complete.length,
          days: rows.length,
          gaps: rows.length - complete.length,
          holidays,
        })
      : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: rows.map((row) => row.day),
      series: [
        {
          name: counts,
          values: rows.map((row) => (row.sites_complete === row.sites ? row.count_total : null)),
        },
      ],
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'day', label: translate(lang, 'commerce.column.day'), kind: 'date' },
      { key: 'counts', label: counts, kind: 'integer' },
      { key: 'sites', label: translate(lang, 'commerce.column.sites'), kind: 'integer' },
      { key: 'complete', label: translate(lang, 'commerce.column.sitesComplete'), kind: 'integer' },
      {
        key: 'completeness',
        label: translate(lang, 'commerce.column.completeness'),
        kind: 'percent',
      },
      { key: 'holiday', label: translate(lang, 'commerce.column.holiday'), kind: 'text' },
    ],
    rows: rows.map((row) => ({
      day: row.day,
      counts: row.count_total,
      sites: row.sites,
      complete: row.sites_complete,
      completeness: row.completeness,
      holiday: row.public_holiday ?? row.school_holiday,
    })),
    fileName: heading,
  };
}

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

/** Year on year per zone and for the commune, with how many days each comparison rests on. */
export function buildYearOnYear(rows: readonly YearOnYearRow[], kind: SiteKind, from: string, to: string, lang: Lang) {
  const w = words(lang);
  const shown = rows
    .filter((row) => row.kind === kind && row.level !== 'site')
    .sort((a, b) =>
      a.level === b.level ? (a.zone ?? '').localeCompare(b.zone ?? '') : a.level === 'commune' ? -1 : 1,
    );
  const commune = shown.find((row) => row.level === 'commune');
  return {
    summary:
      commune && commune.change_rate !== null
        ? translate(lang, 'commerce.yoy.summary', {
            kind: kindLabel(kind, lang).toLocaleLowerCase(),
            from: w.date(from),
            to: w.date(to),
            change: w.signedPercent(commune.change_rate),
            days: commune.days_compared,
            period: commune.days_in_period,
            zones: shown
              .filter((row) => row.level === 'zone' && row.change_rate !== null)
              .map((row) => `${row.zone} ${w.signedPercent(row.change_rate!)}`)
              .join(', '),
          })
        : translate(lang, 'commerce.yoy.none'),
    columns: [
      { key: 'area', label: translate(lang, 'commerce.column.zone'), kind: 'text' },
      { key: 'change', label: translate(lang, 'commerce.column.change'), kind: 'percent' },
      { key: 'current', label: translate(lang, 'commerce.column.currentTotal'), kind: 'integer' },
      { key: 'previous', label: translate(lang, 'commerce.column.previousTotal'), kind: 'integer' },
      { key: 'days', label: translate(lang, 'commerce.column.daysCompared'), kind: 'integer' },
      { key: 'gaps', label: translate(lang, 'commerce.column.excludedGaps'), kind: 'integer' },
      {
        key: 'calendar',
        label: translate(lang, 'commerce.column.excludedCalendar'),
        kind: 'integer',
      },
    ] as TableColumn[],
    rows: shown.map((row) => ({
      area: row.level === 'commune' ? translate(lang, 'commerce.yoy.wholeCommune') : row.zone,
      current: row.current_total,
      previous: row.previous_total,
      change: row.change_rate,
      days: row.days_compared,
      gaps: row.site_days_gap,
      calendar: row.site_days_calendar,
    })) as TableRow[],
  };
}

export function siteKindLabel(kind: SiteKind, lang: Lang): string {
  return kindLabel(kind, lang);
}
