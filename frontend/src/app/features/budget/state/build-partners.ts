import { formatValue, ValueKind } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TranslationKey } from '../../../core/i18n/fr';
import { axisKind } from '../../../shared/charts/axis-kind';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { ComparisonRow, StructureRow } from '../data-access/budget-rows';

export interface PartnersTable {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

export function buildPartnersTable(rows: readonly ComparisonRow[], year: number, lang: Lang): PartnersTable {
  const t = (key: TranslationKey) => translate(lang, key);
  return {
    caption: `${t('budget.partners.table')} – ${year}`,
    columns: [
      // the ratios that judge (savings, debt capacity) first, the amounts per inhabitant behind them
      { key: 'commune', label: t('budget.column.commune'), kind: 'text' },
      { key: 'savingsRate', label: t('budget.column.savingsRate'), kind: 'percent' },
      { key: 'debtCapacity', label: t('budget.column.debtCapacity'), kind: 'decimal' },
      { key: 'debt', label: t('budget.column.debtPerInhabitant'), kind: 'euros' },
      { key: 'rigidity', label: t('budget.column.rigidity'), kind: 'percent' },
      { key: 'rrf', label: t('budget.column.rrfPerInhabitant'), kind: 'euros' },
      { key: 'drf', label: t('budget.column.drfPerInhabitant'), kind: 'euros' },
      { key: 'equipment', label: t('budget.column.equipmentPerInhabitant'), kind: 'euros' },
      { key: 'population', label: t('budget.column.population'), kind: 'integer' },
    ],
    rows: rows.map((r) => ({
      commune: r.commune,
      population: r.population,
      rrf: r.rrf_par_habitant,
      drf: r.drf_par_habitant,
      savingsRate: r.taux_epargne_brute,
      debtCapacity: r.capacite_desendettement_annees,
      debt: r.encours_dette_par_habitant,
      equipment: r.depenses_equipement_par_habitant,
      rigidity: r.rigidite,
    })),
  };
}

interface Compared {
  id: string;
  label: TranslationKey;
  kind: ValueKind;
  value: (row: ComparisonRow) => number | null;
}

const COMPARED: readonly Compared[] = [
  {
    id: 'savings-rate',
    label: 'budget.partners.savingsRate',
    kind: 'percent',
    value: (r) => r.taux_epargne_brute,
  },
  {
    id: 'debt-capacity',
    label: 'budget.partners.debtCapacity',
    kind: 'decimal',
    value: (r) => r.capacite_desendettement_annees,
  },
  {
    id: 'debt',
    label: 'budget.partners.debtPerInhabitant',
    kind: 'euros',
    value: (r) => r.encours_dette_par_habitant,
  },
  {
    id: 'equipment',
    label: 'budget.partners.equipmentPerInhabitant',
    kind: 'euros',
    value: (r) => r.depenses_equipement_par_habitant,
  },
];

/** One bar chart per ratio, the communes side by side, the commune selected in the header highlighted. */
export function buildPartnerCharts(
  rows: readonly ComparisonRow[],
  highlight: string | null,
  year: number,
  lang: Lang,
): (ChartView & { id: string })[] {
  return COMPARED.map((c) => {
    const label = translate(lang, c.label);
    const items = rows.map((r) => ({ name: r.commune, value: c.value(r) }));
    return {
      id: c.id,
      heading: label,
      summary: summarizeRanking({ lang, indicator: label, year, kind: c.kind, items }),
      options: buildBarComparison({
        items,
        seriesName: label,
        kind: c.kind,
        locale: LOCALE_BY_LANG[lang],
        highlight,
      }),
      columns: [
        { key: 'name', label: translate(lang, 'budget.column.commune'), kind: 'text' },
        { key: 'value', label, kind: c.kind },
      ],
      rows: items,
      fileName: `${label} ${year}`,
    };
  });
}

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
