import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { VacancyMonthRow } from '../data-access/commerce-rows';
import { monthsUpTo } from './vacancy-months';
import { words } from './words';

/** Openings and closures of the last 24 months, as bars. */
export function buildOpeningsChart(monthly: readonly VacancyMonthRow[], date: string, lang: Lang): ChartView {
  const rows = monthsUpTo(monthly, date).slice(-24);
  const openings = translate(lang, 'commerce.column.openings');
  const closures = translate(lang, 'commerce.column.closures');
  const heading = translate(lang, 'commerce.flows.heading');
  const opened = rows.reduce((sum, row) => sum + row.openings, 0);
  const closed = rows.reduce((sum, row) => sum + row.closures, 0);
  return {
    heading,
    summary: rows.length
      ? translate(lang, 'commerce.flows.summary', {
          from: words(lang).month(rows[0].month),
          to: words(lang).month(rows[rows.length - 1].month),
          openings: opened,
          closures: closed,
        })
      : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: rows.map((row) => row.month),
      series: [
        { name: openings, type: 'bar', values: rows.map((row) => row.openings) },
        { name: closures, type: 'bar', values: rows.map((row) => row.closures) },
      ],
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'openings', label: openings, kind: 'integer' },
      { key: 'closures', label: closures, kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      openings: row.openings,
      closures: row.closures,
    })),
    fileName: heading,
  };
}
