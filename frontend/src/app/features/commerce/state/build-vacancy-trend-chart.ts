import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { AXIS_TEXT } from '../../../shared/charts/chart-palette';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { VacancyMonthRow } from '../data-access/commerce-rows';
import { monthsUpTo } from './vacancy-months';
import { words } from './words';

/**
 * The commune's month-end vacancy since the register starts, with the commune's two levels as the KPI catalogue
 * judges the rate (watch, then alert): the lines the chart draws are the thresholds the card is judged against.
 */
export function buildVacancyTrend(
  monthly: readonly VacancyMonthRow[],
  catalogue: readonly KpiRow[],
  date: string,
  lang: Lang,
): ChartView {
  const rows = monthsUpTo(monthly, date);
  const w = words(lang);
  const judged = findKpi(catalogue, 'vacancy_rate');
  const watch = judged?.watch_threshold ?? null;
  const alert = judged?.threshold ?? null;
  const rate = translate(lang, 'commerce.column.vacancyRate');
  const heading = translate(lang, 'commerce.trend.heading');
  const first = rows.find((row) => row.vacancy_rate !== null);
  const last = [...rows].reverse().find((row) => row.vacancy_rate !== null);
  const options = buildTrendChart({
    categories: rows.map((row) => row.month),
    series: [{ name: rate, values: rows.map((row) => row.vacancy_rate) }],
    kind: 'percent',
    locale: LOCALE_BY_LANG[lang],
  });
  const line = options.series as { markLine?: unknown }[];
  line[0].markLine = {
    symbol: 'none',
    label: { formatter: '{b}', position: 'insideEndTop', color: AXIS_TEXT },
    lineStyle: { type: 'dashed', color: AXIS_TEXT },
    data: [
      ...(watch === null
        ? []
        : [{ name: translate(lang, 'commerce.trend.watch', { rate: w.percent(watch) }), yAxis: watch }]),
      ...(alert === null
        ? []
        : [{ name: translate(lang, 'commerce.trend.alert', { rate: w.percent(alert) }), yAxis: alert }]),
    ],
  };
  return {
    heading,
    summary:
      first && last && first !== last
        ? translate(lang, alert === null ? 'commerce.trend.summaryNoThreshold' : 'commerce.trend.summary', {
            from: w.month(first.month),
            to: w.month(last.month),
            first: w.percent(first.vacancy_rate!),
            last: w.percent(last.vacancy_rate!),
            vacant: w.number(last.vacant),
            premises: w.number(last.premises),
            alert: alert === null ? '' : w.percent(alert),
          })
        : translate(lang, 'commerce.noData'),
    options,
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'rate', label: rate, kind: 'percent' },
      { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' },
      { key: 'premises', label: translate(lang, 'commerce.column.premises'), kind: 'integer' },
      { key: 'structural', label: translate(lang, 'commerce.column.overOneYear'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      premises: row.premises,
      vacant: row.vacant,
      rate: row.vacancy_rate,
      structural: row.vacant_over_1_year,
    })),
    fileName: heading,
  };
}
