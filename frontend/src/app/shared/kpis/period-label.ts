import { Lang, LOCALE_BY_LANG } from '../../core/i18n/lang';

const month = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALE_BY_LANG[lang], { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * The months a figure covers, said the short way: "2025" for a whole year, "janv.–oct. 2026" for a year in
 * progress, "oct. 2026" for one month. From the catalogue's period columns, never from the calendar.
 */
export function periodLabel(start: string, end: string, lang: Lang): string {
  const year = end.slice(0, 4);
  const first = start.slice(5, 7);
  const last = end.slice(5, 7);
  const wholeYear = start.slice(0, 4) === year && first === '01' && end.slice(5) === '12-31';
  if (wholeYear) return year;
  if (first === last && start.slice(0, 4) === year) return `${month(start, lang)} ${year}`;
  return `${month(start, lang)}–${month(end, lang)} ${year}`;
}

/** The period of a catalogue row, or of its comparison (null when it has none). */
export function rowPeriodLabel(row: { period_start: string; period_end: string }, lang: Lang): string {
  return periodLabel(row.period_start, row.period_end, lang);
}

export function comparisonPeriodLabel(
  row: { comparison_start: string | null; comparison_end: string | null },
  lang: Lang,
): string | null {
  return row.comparison_start && row.comparison_end
    ? periodLabel(row.comparison_start, row.comparison_end, lang)
    : null;
}
