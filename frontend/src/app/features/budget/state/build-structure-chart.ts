import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { StructureRow } from '../data-access/budget-rows';

/**
 * Operating expenditure per inhabitant of each commune split by chapter (or function): stacked bars, one per
 * commune, the same colour per code in every bar.
 */
export function buildStructureChart(
  rows: readonly StructureRow[],
  axis: 'nature' | 'function',
  year: number,
  lang: Lang,
): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const named = [...new Map(rows.map((r) => [r.commune_insee, r.commune])).entries()];
  const totals = new Map(
    named.map(([insee]) => [
      insee,
      rows.filter((r) => r.commune_insee === insee).reduce((s, r) => s + (r.executed_per_inhabitant ?? 0), 0),
    ]),
  );
  // A category axis reads from the bottom up: ascending totals put the largest bar on top.
  const communes = [...named].sort(([a], [b]) => (totals.get(a) ?? 0) - (totals.get(b) ?? 0));
  const codes = [...new Map(rows.map((r) => [r.code, r.label])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const value = (insee: string, code: string) =>
    rows.find((r) => r.commune_insee === insee && r.code === code)?.executed_per_inhabitant ?? null;
  const heading = `${translate(lang, 'budget.partners.structure')} – ${translate(lang, axis === 'nature' ? 'budget.partners.byNature' : 'budget.partners.byFunction').toLowerCase()}`;
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const options: ChartOption = {
    color: [...CHART_PALETTE],
    grid: { left: 16, right: 24, top: 72, bottom: 24 },
    legend: { top: 0, left: 0, type: 'scroll', textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, 'euros', locale),
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (v: number) => formatValue(v, axisKind('euros'), locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: communes.map(([, name]) => name),
      axisLabel: { color: AXIS_TEXT },
    },
    series: codes.map(([code, label]) => ({
      type: 'bar' as const,
      stack: 'total',
      name: `${code} ${label}`.trim(),
      data: communes.map(([insee]) => value(insee, code)),
    })),
  };
  return {
    heading,
    summary: summarizeRanking({
      lang,
      indicator: translate(lang, 'budget.partners.structure'),
      year,
      kind: 'euros',
      items: top.map(([insee, total]) => ({
        name: communes.find(([i]) => i === insee)?.[1] ?? insee,
        value: total,
      })),
    }),
    options,
    columns: [
      { key: 'commune', label: translate(lang, 'budget.column.commune'), kind: 'text' },
      ...codes.map(([code, label]) => ({
        key: code || '-',
        label: `${code} ${label}`.trim(),
        kind: 'euros' as const,
      })),
    ],
    rows: communes.map(([insee, name]) => ({
      commune: name,
      ...Object.fromEntries(codes.map(([code]) => [code || '-', value(insee, code)])),
    })),
    fileName: `${heading} ${year}`,
  };
}
