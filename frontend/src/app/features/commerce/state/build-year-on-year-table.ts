import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { SiteKind, YearOnYearRow } from '../data-access/commerce-rows';
import { siteKindLabel } from './site-kind';
import { words } from './words';

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
            kind: siteKindLabel(kind, lang).toLocaleLowerCase(),
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
