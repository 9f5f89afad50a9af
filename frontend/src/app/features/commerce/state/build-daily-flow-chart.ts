import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { DayRow } from '../data-access/commerce-rows';

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
