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

/** A stock's date, the way the brief prints it: "au 31 oct. 2026" ("at 31 Oct 2026"). */
export function dateLabel(iso: string, lang: Lang): string {
  const day = Number(iso.slice(8, 10));
  const when = `${day} ${month(iso, lang)} ${iso.slice(0, 4)}`;
  return lang === 'fr' ? `au ${when}` : `at ${when}`;
}

/** The period of a catalogue row (a stock is said at its date), or of its comparison (null when it has none). */
export function rowPeriodLabel(
  row: { period_kind?: 'year' | 'month' | 'date'; period_start: string; period_end: string },
  lang: Lang,
): string {
  return row.period_kind === 'date'
    ? dateLabel(row.period_end, lang)
    : periodLabel(row.period_start, row.period_end, lang);
}

export function comparisonPeriodLabel(
  row: { period_kind?: 'year' | 'month' | 'date'; comparison_start: string | null; comparison_end: string | null },
  lang: Lang,
): string | null {
  if (!row.comparison_start || !row.comparison_end) return null;
  const end = row.comparison_end;
  // a stock twelve months before: its year when that was 31 December, else its date ("31 oct. 2025")
  if (row.period_kind === 'date' && !end.endsWith('-12-31'))
    return `${Number(end.slice(8, 10))} ${month(end, lang)} ${end.slice(0, 4)}`;
  return periodLabel(row.comparison_start, end, lang);
}
