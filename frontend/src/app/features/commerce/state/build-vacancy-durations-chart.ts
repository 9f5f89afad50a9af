import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { DurationRow } from '../data-access/commerce-rows';
import { words } from './words';

/** How long premises stay empty: median length of the vacancies that ended each year, and of those still running. */
export function buildDurations(durations: readonly DurationRow[], date: string, lang: Lang): ChartView {
  const rows = [...durations].filter((row) => row.year <= Number(date.slice(0, 4))).sort((a, b) => a.year - b.year);
  const ended = translate(lang, 'commerce.column.medianEnded');
  const ongoing = translate(lang, 'commerce.column.medianOngoing');
  const heading = translate(lang, 'commerce.durations.heading');
  const last = rows[rows.length - 1];
  const w = words(lang);
  return {
    heading,
    summary: last
      ? translate(lang, 'commerce.durations.summary', {
          date: w.date(last.as_of),
          ongoing: last.spells_ongoing,
          median: w.number(last.median_days_ongoing ?? 0),
          overOne: last.ongoing_over_1_year,
          overThree: last.ongoing_over_3_years,
        })
      : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: rows.map((row) => row.year),
      series: [
        { name: ended, type: 'bar', values: rows.map((row) => row.median_days_ended) },
        { name: ongoing, type: 'bar', values: rows.map((row) => row.median_days_ongoing) },
      ],
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'commerce.column.year'), kind: 'text' },
      { key: 'ended', label: translate(lang, 'commerce.column.spellsEnded'), kind: 'integer' },
      { key: 'medianEnded', label: ended, kind: 'integer' },
      { key: 'ongoing', label: translate(lang, 'commerce.column.spellsOngoing'), kind: 'integer' },
      { key: 'medianOngoing', label: ongoing, kind: 'integer' },
      { key: 'overOne', label: translate(lang, 'commerce.column.overOneYear'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      year: String(row.year),
      ended: row.spells_ended,
      medianEnded: row.median_days_ended,
      ongoing: row.spells_ongoing,
      medianOngoing: row.median_days_ongoing,
      overOne: row.ongoing_over_1_year,
    })),
    fileName: heading,
  };
}
