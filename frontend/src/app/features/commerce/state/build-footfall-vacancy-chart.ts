import { formatNumber, formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { StreetRow } from '../data-access/commerce-rows';
import { ratePoints } from './rate-points';
import { withArticle, words } from './words';

/**
 * Footfall beside vacancy for the streets with a pedestrian counter: one point per street, footfall change across,
 * vacancy change up. "Does vacancy rise where footfall falls?"
 */
export function buildFootfallVsVacancy(streets: readonly StreetRow[], lang: Lang): ChartView {
  const measured = streets.filter((s) => s.footfall_change_12m !== null && s.vacancy_rate_change_12m !== null);
  const w = words(lang);
  const locale = LOCALE_BY_LANG[lang];
  const heading = translate(lang, 'commerce.footfall.heading');
  const both = measured
    .filter((s) => s.footfall_change_12m! < 0 && s.vacancy_rate_change_12m! > 0)
    .sort((a, b) => b.vacancy_rate_change_12m! - a.vacancy_rate_change_12m!);
  const footfallAxis = translate(lang, 'commerce.column.footfallChange');
  const vacancyAxis = translate(lang, 'commerce.column.changePoints');
  const options: ChartOption = {
    color: [CHART_PALETTE[0]],
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const [x, y, name] = (params as { value: [number, number, string] }).value;
        return `${name}<br>${footfallAxis} : ${formatValue(x, 'percent', locale)}<br>${vacancyAxis} : ${formatNumber(y, locale, 1)}`;
      },
    },
    xAxis: {
      type: 'value',
      name: footfallAxis,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: AXIS_TEXT, formatter: (v: number) => formatValue(v, 'percent', locale) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'value',
      name: vacancyAxis,
      axisLabel: { color: AXIS_TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'scatter',
        name: translate(lang, 'commerce.column.street'),
        symbolSize: 14,
        // streets losing walkers and shops come first: where labels would overlap, theirs are kept
        data: [...both, ...measured.filter((s) => !both.includes(s))].map((s) => ({
          value: [s.footfall_change_12m!, ratePoints(s.vacancy_rate_change_12m!), s.street],
          itemStyle:
            s.footfall_change_12m! < 0 && s.vacancy_rate_change_12m! > 0 ? { color: CHART_PALETTE[1] } : undefined,
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: unknown) => (p as { value: [number, number, string] }).value[2],
          color: AXIS_TEXT,
        },
        // a label that would cover another is left out (the tooltip and the table still name every street)
        labelLayout: { hideOverlap: true },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: AXIS_TEXT },
          data: [{ xAxis: 0 }, { yAxis: 0 }],
        },
      },
    ],
  };
  const lead = both[0];
  return {
    heading,
    summary:
      measured.length === 0
        ? translate(lang, 'commerce.footfall.none')
        : lead
          ? translate(lang, 'commerce.footfall.summary', {
              both: both.length,
              total: measured.length,
              street: withArticle(lead.street, lang),
              footfall: w.signedPercent(lead.footfall_change_12m!),
              vacancy: w.points(lead.vacancy_rate_change_12m!),
            })
          : translate(lang, 'commerce.footfall.summaryNone', { total: measured.length }),
    options,
    columns: [
      { key: 'street', label: translate(lang, 'commerce.column.street'), kind: 'text' },
      { key: 'rate', label: translate(lang, 'commerce.column.vacancyRate'), kind: 'percent' },
      { key: 'change', label: vacancyAxis, kind: 'decimal' },
      { key: 'footfall', label: translate(lang, 'commerce.column.footfall'), kind: 'integer' },
      { key: 'footfallChange', label: footfallAxis, kind: 'percent' },
    ],
    rows: measured.map((s) => ({
      street: s.street,
      rate: s.vacancy_rate,
      change: ratePoints(s.vacancy_rate_change_12m!),
      footfall: s.footfall_mean_daily,
      footfallChange: s.footfall_change_12m,
    })),
    fileName: heading,
  };
}
