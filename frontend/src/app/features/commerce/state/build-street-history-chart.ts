import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisDates } from '../../../shared/charts/axis-dates';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { StreetRow } from '../data-access/commerce-rows';
import { withArticle, words } from './words';

/**
 * Vacancy (left axis) and footfall (right axis) of the street, month by month up to the page's date (the month its
 * cards describe: a chart running on to a later month told another story beside them): do they move together?
 */
export function buildStreetHistory(street: string, history: readonly StreetRow[], date: string, lang: Lang): ChartView {
  const rows = [...history]
    .filter((row) => !date || row.month <= date.slice(0, 7))
    .sort((a, b) => a.month.localeCompare(b.month));
  const locale = LOCALE_BY_LANG[lang];
  const w = words(lang);
  const rate = translate(lang, 'commerce.column.vacancyRate');
  const footfall = translate(lang, 'commerce.column.footfall');
  const heading = translate(lang, 'commerce.street.history.heading', { street });
  const hasFootfall = rows.some((row) => row.footfall_mean_daily !== null);
  const first = rows.find((row) => row.vacancy_rate !== null);
  const last = [...rows].reverse().find((row) => row.vacancy_rate !== null);
  const firstFootfall = rows.find((row) => row.footfall_mean_daily !== null);
  const lastFootfall = [...rows].reverse().find((row) => row.footfall_mean_daily !== null);
  const options: ChartOption = {
    color: [CHART_PALETTE[1], CHART_PALETTE[0]],
    grid: { left: 16, right: 16, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: axisDates(
        rows.map((row) => row.month),
        locale,
      ),
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        name: rate,
        axisLabel: {
          color: AXIS_TEXT,
          formatter: (v: number) => formatValue(v, 'percent', locale),
        },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        name: footfall,
        axisLabel: {
          color: AXIS_TEXT,
          formatter: (v: number) => formatValue(v, 'integer', locale),
        },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: rate,
        data: rows.map((row) => row.vacancy_rate),
        yAxisIndex: 0,
        symbolSize: 6,
        lineStyle: { width: 3 },
        connectNulls: false,
        tooltip: {
          valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, 'percent', locale),
        },
      },
      ...(hasFootfall
        ? [
            {
              type: 'line' as const,
              name: footfall,
              data: rows.map((row) => row.footfall_mean_daily),
              yAxisIndex: 1,
              symbolSize: 6,
              lineStyle: { width: 2, type: 'dashed' as const },
              connectNulls: false,
              tooltip: {
                valueFormatter: (v: unknown) => formatValue(typeof v === 'number' ? v : null, 'integer', locale),
              },
            },
          ]
        : []),
    ],
  };
  const vacancyPart =
    first && last
      ? translate(lang, 'commerce.street.history.vacancy', {
          street: withArticle(street, lang),
          from: w.month(first.month),
          to: w.month(last.month),
          first: w.percent(first.vacancy_rate!),
          last: w.percent(last.vacancy_rate!),
        })
      : translate(lang, 'commerce.noData');
  const footfallPart =
    firstFootfall && lastFootfall && firstFootfall !== lastFootfall
      ? ' ' +
        translate(lang, 'commerce.street.history.footfall', {
          first: w.number(firstFootfall.footfall_mean_daily!),
          last: w.number(lastFootfall.footfall_mean_daily!),
          change:
            lastFootfall.footfall_change_12m === null
              ? ''
              : translate(lang, 'commerce.street.history.footfallChange', {
                  change: w.signedPercent(lastFootfall.footfall_change_12m),
                }),
        })
      : ' ' + translate(lang, 'commerce.street.history.noCounter');
  return {
    heading,
    summary: vacancyPart + footfallPart,
    options,
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'rate', label: rate, kind: 'percent' },
      {
        key: 'footfallChange',
        label: translate(lang, 'commerce.column.footfallChange'),
        kind: 'percent',
      },
      { key: 'footfall', label: footfall, kind: 'integer' },
      { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' },
      { key: 'premises', label: translate(lang, 'commerce.column.premises'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      premises: row.premises,
      vacant: row.vacant,
      rate: row.vacancy_rate,
      footfall: row.footfall_mean_daily,
      footfallChange: row.footfall_change_12m,
    })),
    fileName: heading,
  };
}
