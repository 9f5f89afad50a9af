import { formatValue } from '../../../core/i18n/format-value';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { lowerFirst } from '../../../shared/summaries/sentence-parts';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { ExecutionRow } from '../data-access/budget-rows';
import { shareSentence } from './budget-sentences';
import { votedAt, VOTED_LABEL } from './budget-stage';
import { codedLabel } from './coded-label';
import { ExecutionChartInput } from './execution-chart-input';

/**
 * Spending (or revenue) by function as horizontal bars sorted by amount, the largest on top (a sunburst's
 * labels overlapped): executed amounts once the CA is known, else the amounts voted at the stage chosen. Bars and
 * sentences say the function in words; its code stays in the table; the tooltip lists its largest sub-functions.
 */
export function buildFunctionChart(input: ExecutionChartInput): ChartView {
  const { section, direction, stage, year, lang } = input;
  const locale = LOCALE_BY_LANG[lang];
  const rows = input.execution.filter((r) => r.section === section && r.direction === direction);
  const executed = rows.some((r) => r.level === 'function' && r.executed !== null);
  const amount = (r: ExecutionRow) => (executed ? r.executed : votedAt(r, stage)) ?? 0;
  const functions = rows.filter((r) => r.level === 'function' && amount(r) > 0).sort((a, b) => amount(b) - amount(a));
  const total = functions.reduce((sum, r) => sum + amount(r), 0);
  const children = (fn: string) =>
    rows
      .filter((r) => r.level === 'subfunction' && r.function === fn && amount(r) > 0)
      .sort((a, b) => amount(b) - amount(a));
  const sectionLabel = translate(lang, section === 'F' ? 'budget.section.F' : 'budget.section.I');
  const directionLabel = translate(lang, direction === 'D' ? 'budget.direction.D' : 'budget.direction.R');
  const heading = `${translate(lang, 'budget.functionChart')} – ${sectionLabel}, ${directionLabel.toLowerCase()}`;
  const what = executed
    ? lang === 'fr'
      ? `${directionLabel} réalisées`
      : `actual ${directionLabel.toLowerCase()}`
    : `${directionLabel} (${lowerFirst(translate(lang, VOTED_LABEL[stage]))})`;
  /** In words: the function's label alone ("Enseignement - formation"), its code when it has no label. */
  const words = (code: string | null, label: string | null) => label || code || '';
  const money = (value: number) => formatValue(value, 'compactCurrency', locale);
  const bars = [...functions].reverse();
  const options: ChartOption = {
    color: [CHART_PALETTE[0]],
    grid: { left: 16, right: 72, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const fn = bars[index];
        const parts = children(fn.function ?? '').slice(0, 4);
        return [
          `<strong>${words(fn.function, fn.function_label)}</strong> : ${money(amount(fn))}`,
          ...parts.map((s) => `${words(s.subfunction, s.subfunction_label)} : ${money(amount(s))}`),
        ].join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (value: number) => formatValue(value, axisKind('currency'), locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: bars.map((f) => words(f.function, f.function_label)),
      axisLabel: { color: AXIS_TEXT, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: what,
        data: bars.map((f) => amount(f)),
        label: {
          show: true,
          position: 'right',
          color: AXIS_TEXT,
          formatter: (params) => (total ? formatValue(Number(params.value) / total, 'percent', locale) : ''),
        },
      },
    ],
  };
  return {
    heading,
    summary: shareSentence({
      lang,
      year,
      what,
      total,
      first: functions[0]
        ? {
            label: words(functions[0].function, functions[0].function_label),
            value: amount(functions[0]),
          }
        : null,
      second: functions[1]
        ? {
            label: words(functions[1].function, functions[1].function_label),
            value: amount(functions[1]),
          }
        : null,
    }),
    options,
    columns: [
      { key: 'function', label: translate(lang, 'budget.column.function'), kind: 'text' },
      {
        key: 'amount',
        label: executed ? translate(lang, 'budget.executed') : translate(lang, VOTED_LABEL[stage]),
        kind: 'currency',
      },
      { key: 'share', label: translate(lang, 'budget.column.share'), kind: 'percent' },
    ],
    rows: functions.flatMap((f) => [
      {
        function: codedLabel(f.function, f.function_label),
        amount: amount(f),
        share: total ? amount(f) / total : null,
      },
      ...children(f.function ?? '').map((s) => ({
        function: `  ${codedLabel(s.subfunction, s.subfunction_label)}`,
        amount: amount(s),
        share: total ? amount(s) / total : null,
      })),
    ]),
    fileName: `${heading} ${year}`,
  };
}
