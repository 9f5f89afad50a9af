import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { lowerFirst } from '../../../shared/summaries/sentence-parts';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableRow } from '../../../shared/ui/data-table/table-column';
import { BudgetStage, Direction, ExecutionRow, Section } from '../data-access/budget-rows';
import { executionSentence, shareSentence } from './budget-sentences';
import { votedAt, VOTED_LABEL } from './budget-stage';

export interface ExecutionChartInput {
  execution: readonly ExecutionRow[];
  section: Section;
  direction: Direction;
  stage: BudgetStage;
  year: number;
  lang: Lang;
}

const named = (code: string | null, label: string | null) => (code ? `${code} ${label ?? ''}`.trim() : (label ?? ''));

/** Voted (at the stage chosen) and executed, chapter by chapter, as horizontal bars; the largest on top. */
export function buildExecutionChart(input: ExecutionChartInput): ChartView {
  const { section, direction, stage, year, lang } = input;
  const locale = LOCALE_BY_LANG[lang];
  const chapters = input.execution
    .filter((r) => r.level === 'chapter' && r.section === section && r.direction === direction)
    .map((r) => ({
      name: named(r.chapter, r.chapter_label),
      voted: votedAt(r, stage),
      executed: r.executed,
      row: r,
    }))
    .sort((a, b) => (a.voted ?? a.executed ?? 0) - (b.voted ?? b.executed ?? 0));
  const total = input.execution.find(
    (r) => r.level === 'section' && r.section === section && r.direction === direction,
  );
  const votedLabel = translate(lang, VOTED_LABEL[stage]);
  const executedLabel = translate(lang, 'budget.executed');
  const sectionLabel = translate(lang, section === 'F' ? 'budget.section.F' : 'budget.section.I');
  const directionLabel = translate(lang, direction === 'D' ? 'budget.direction.D' : 'budget.direction.R');
  const heading = `${translate(lang, 'budget.executionChart')} – ${sectionLabel}, ${directionLabel.toLowerCase()}`;
  const rated = chapters.filter((c) => c.row.execution_rate !== null && (c.row.credits_open ?? 0) > 0);
  const lowest = rated.sort((a, b) => a.row.execution_rate! - b.row.execution_rate!)[0];
  const format = (value: unknown) => formatValue(typeof value === 'number' ? value : null, 'currency', locale);
  const hasExecution = chapters.some((c) => c.executed !== null);
  const options: ChartOption = {
    color: [CHART_PALETTE[0], CHART_PALETTE[1]],
    grid: { left: 16, right: 24, top: 40, bottom: 24 },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
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
      data: chapters.map((c) => c.name),
      axisLabel: { color: AXIS_TEXT, width: 220, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: votedLabel, data: chapters.map((c) => c.voted) },
      ...(hasExecution ? [{ type: 'bar' as const, name: executedLabel, data: chapters.map((c) => c.executed) }] : []),
    ],
  };
  return {
    heading,
    summary: executionSentence({
      lang,
      year,
      section: sectionLabel,
      direction: directionLabel,
      voted: total ? votedAt(total, stage) : null,
      votedLabel,
      executed: total?.executed ?? null,
      rate: total?.execution_rate ?? null,
      lowest: lowest ? { label: lowest.name, rate: lowest.row.execution_rate! } : null,
    }),
    options,
    columns: [
      { key: 'chapter', label: translate(lang, 'budget.column.chapter'), kind: 'text' },
      { key: 'voted', label: votedLabel, kind: 'currency' },
      { key: 'open', label: translate(lang, 'budget.column.open'), kind: 'currency' },
      { key: 'executed', label: executedLabel, kind: 'currency' },
      { key: 'carryNext', label: translate(lang, 'budget.column.carryNext'), kind: 'currency' },
      { key: 'rate', label: translate(lang, 'budget.column.rate'), kind: 'percent' },
    ],
    rows: [...chapters].reverse().map((c): TableRow => ({
      chapter: c.name,
      voted: c.voted,
      open: c.row.credits_open,
      executed: c.executed,
      carryNext: c.row.carry_next,
      rate: c.row.execution_rate,
    })),
    fileName: `${heading} ${year}`,
  };
}

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
  const name = (code: string | null, label: string | null) => named(code, label);
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
        function: name(f.function, f.function_label),
        amount: amount(f),
        share: total ? amount(f) / total : null,
      },
      ...children(f.function ?? '').map((s) => ({
        function: `  ${name(s.subfunction, s.subfunction_label)}`,
        amount: amount(s),
        share: total ? amount(s) / total : null,
      })),
    ]),
    fileName: `${heading} ${year}`,
  };
}
