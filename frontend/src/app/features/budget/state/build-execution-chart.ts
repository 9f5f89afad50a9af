import { formatValue } from '../../../core/i18n/format-value';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableRow } from '../../../shared/ui/data-table/table-column';
import { executionSentence } from './budget-sentences';
import { votedAt, VOTED_LABEL } from './budget-stage';
import { codedLabel } from './coded-label';
import { ExecutionChartInput } from './execution-chart-input';

/** Voted (at the stage chosen) and executed, chapter by chapter, as horizontal bars; the largest on top. */
export function buildExecutionChart(input: ExecutionChartInput): ChartView {
  const { section, direction, stage, year, lang } = input;
  const locale = LOCALE_BY_LANG[lang];
  const chapters = input.execution
    .filter((r) => r.level === 'chapter' && r.section === section && r.direction === direction)
    .map((r) => ({
      name: codedLabel(r.chapter, r.chapter_label),
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
