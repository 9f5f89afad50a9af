import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { HealthRow } from '../data-access/budget-rows';
import { debtCapacitySentence, waterfallSentence } from './budget-sentences';

type StepKind = 'total' | 'down' | 'up';

interface Step {
  label: string;
  kind: StepKind;
  /** The bar spans low..high (a total from 0). */
  low: number;
  high: number;
  amount: number;
}

const STEP_COLOR: Readonly<Record<StepKind, string>> = {
  total: CHART_PALETTE[0],
  down: CHART_PALETTE[1],
  up: CHART_PALETTE[2],
};

/**
 * The waterfall of a year's accounts: operating revenue, minus operating costs = management savings, minus interest
 * = gross savings, minus capital repaid = net savings. Totals stand on zero, steps float between two totals.
 */
export function buildSavingsWaterfall(row: HealthRow | null, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const year = row?.year ?? 0;
  const heading = translate(lang, 'budget.waterfallChart', { year });
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const steps: Step[] = [];
  if (row) {
    const total = (label: string, value: number) =>
      steps.push({
        label,
        kind: 'total',
        low: Math.min(0, value),
        high: Math.max(0, value),
        amount: value,
      });
    const change = (label: string, from: number, to: number) =>
      steps.push({
        label,
        kind: to < from ? 'down' : 'up',
        low: Math.min(from, to),
        high: Math.max(from, to),
        amount: to - from,
      });
    total(t('budget.waterfall.rrf'), row.recettes_reelles_fonctionnement);
    change(t('budget.waterfall.management'), row.recettes_reelles_fonctionnement, row.epargne_gestion);
    total(t('budget.waterfall.managementSavings'), row.epargne_gestion);
    change(t('budget.waterfall.interest'), row.epargne_gestion, row.epargne_brute);
    total(t('budget.waterfall.grossSavings'), row.epargne_brute);
    change(t('budget.waterfall.repayment'), row.epargne_brute, row.epargne_nette);
    total(t('budget.waterfall.netSavings'), row.epargne_nette);
  }
  const format = (value: number | null) => formatValue(value, 'compactCurrency', locale);
  const options: ChartOption = {
    grid: { left: 16, right: 16, top: 24, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const step = steps[index];
        return step ? `${step.label} : ${format(step.amount)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((s) => s.label),
      axisLabel: { color: AXIS_TEXT, interval: 0, width: 130, overflow: 'break', lineHeight: 14 },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: AXIS_TEXT,
        formatter: (value: number) => formatValue(value, axisKind('currency'), locale),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'custom',
        name: heading,
        encode: { x: 0, y: [1, 2] },
        data: steps.map((s, index) => [index, s.low, s.high]),
        renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const index = api.value(0) as number;
          const top = api.coord([index, api.value(2)]);
          const bottom = api.coord([index, api.value(1)]);
          const size = api.size?.([1, 0]);
          const width = (Array.isArray(size) ? size[0] : (size ?? 40)) * 0.6;
          const step = steps[params.dataIndex];
          return {
            type: 'rect',
            shape: {
              x: top[0] - width / 2,
              y: top[1],
              width,
              height: Math.max(1, bottom[1] - top[1]),
            },
            style: { fill: STEP_COLOR[step?.kind ?? 'total'] },
          };
        },
      },
    ],
  };
  return {
    heading,
    summary: row
      ? waterfallSentence({
          lang,
          year,
          rrf: row.recettes_reelles_fonctionnement,
          grossSavings: row.epargne_brute,
          rate: row.taux_epargne_brute,
          repayment: row.remboursement_capital,
          netSavings: row.epargne_nette,
        })
      : translate(lang, 'budget.noAccounts'),
    options,
    columns: [
      { key: 'step', label: t('budget.waterfall.step'), kind: 'text' },
      { key: 'amount', label: t('budget.waterfall.amount'), kind: 'currency' },
    ],
    rows: steps.map((s) => ({ step: s.label, amount: s.amount })),
    fileName: heading,
  };
}

function span(health: readonly HealthRow[], year: number): HealthRow[] {
  return [...health].filter((r) => r.year <= year).sort((a, b) => a.year - b.year);
}

/** Management, gross and net savings over six years, as lines. */
export function buildSavingsTrend(health: readonly HealthRow[], year: number, lang: Lang): ChartView {
  const rows = span(health, year);
  const first = rows[0];
  const last = rows.at(-1);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const heading = t('budget.savingsTrend');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: first?.year ?? year,
      toYear: last?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: lang === 'fr' ? "L'épargne brute" : 'Gross savings',
          plural: lang === 'en',
          from: first?.epargne_brute ?? null,
          to: last?.epargne_brute ?? null,
        },
        {
          subject: lang === 'fr' ? "L'épargne nette" : 'Net savings',
          plural: lang === 'en',
          from: first?.epargne_nette ?? null,
          to: last?.epargne_nette ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: rows.map((r) => r.year),
      series: [
        { name: t('budget.column.managementSavings'), values: rows.map((r) => r.epargne_gestion) },
        { name: t('budget.column.grossSavings'), values: rows.map((r) => r.epargne_brute) },
        { name: t('budget.column.netSavings'), values: rows.map((r) => r.epargne_nette) },
      ],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: t('budget.column.year'), kind: 'text' },
      { key: 'management', label: t('budget.column.managementSavings'), kind: 'currency' },
      { key: 'gross', label: t('budget.column.grossSavings'), kind: 'currency' },
      { key: 'net', label: t('budget.column.netSavings'), kind: 'currency' },
    ],
    rows: rows.map((r) => ({
      year: String(r.year),
      management: r.epargne_gestion,
      gross: r.epargne_brute,
      net: r.epargne_nette,
    })),
    fileName: heading,
  };
}

/** The capacité de désendettement over six years, against the 12-year reference ceiling and the 15-year red line. */
export function buildDebtCapacityTrend(
  health: readonly HealthRow[],
  catalogue: readonly KpiRow[],
  year: number,
  lang: Lang,
): ChartView {
  const rows = span(health, year);
  // the levels in force for the commune, as the KPI catalogue judges the figure (none: no line)
  const threshold = findKpi(catalogue, 'capacite_desendettement');
  const ceiling = threshold?.watch_threshold ?? null;
  const red = threshold?.threshold ?? null;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const heading = t('budget.debtCapacityTrend');
  const base = buildTrendChart({
    categories: rows.map((r) => r.year),
    series: [
      {
        name: t('budget.kpi.debtCapacity'),
        values: rows.map((r) => r.capacite_desendettement_annees),
      },
    ],
    kind: 'decimal',
    locale: LOCALE_BY_LANG[lang],
  });
  const [line] = base.series as object[];
  const options: ChartOption = {
    ...base,
    yAxis: {
      ...(base.yAxis as object),
      max: (value: { max: number }) => Math.max(Math.ceil(value.max) + 1, (red ?? 0) + 2),
    } as ChartOption['yAxis'],
    series: [
      {
        ...line,
        type: 'line',
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed' },
          data: [
            ...(ceiling === null
              ? []
              : [
                  {
                    yAxis: ceiling,
                    name: t('budget.threshold.ceiling'),
                    lineStyle: { color: '#8a4b00' },
                    label: { formatter: t('budget.threshold.ceiling'), position: 'insideEndTop' as const },
                  },
                ]),
            ...(red === null
              ? []
              : [
                  {
                    yAxis: red,
                    name: t('budget.threshold.red'),
                    lineStyle: { color: '#b3261e' },
                    label: { formatter: t('budget.threshold.red'), position: 'insideEndTop' as const },
                  },
                ]),
          ],
        },
      },
    ],
  };
  const first = rows.find((r) => r.capacite_desendettement_annees !== null);
  const last = rows.at(-1);
  return {
    heading,
    summary: debtCapacitySentence({
      lang,
      fromYear: first?.year ?? year,
      toYear: last?.year ?? year,
      from: first?.capacite_desendettement_annees ?? null,
      to: last?.capacite_desendettement_annees ?? null,
      ceiling,
      red,
      status: threshold?.status ?? null,
    }),
    options,
    columns: [
      { key: 'year', label: t('budget.column.year'), kind: 'text' },
      { key: 'years', label: t('budget.column.debtCapacity'), kind: 'decimal' },
      { key: 'debt', label: t('budget.column.debt'), kind: 'currency' },
      { key: 'gross', label: t('budget.column.grossSavings'), kind: 'currency' },
    ],
    rows: rows.map((r) => ({
      year: String(r.year),
      years: r.capacite_desendettement_annees,
      debt: r.encours_dette,
      gross: r.epargne_brute,
    })),
    fileName: heading,
  };
}

/** Outstanding debt and capital spending over six years, as bars. */
export function buildDebtTrend(health: readonly HealthRow[], year: number, lang: Lang): ChartView {
  const rows = span(health, year);
  const first = rows[0];
  const last = rows.at(-1);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const heading = t('budget.debtTrend');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: first?.year ?? year,
      toYear: last?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: lang === 'fr' ? "L'encours de dette" : 'Outstanding debt',
          plural: false,
          from: first?.encours_dette ?? null,
          to: last?.encours_dette ?? null,
        },
        {
          subject: lang === 'fr' ? "Les dépenses d'équipement" : 'Capital spending',
          plural: true,
          from: first?.depenses_equipement ?? null,
          to: last?.depenses_equipement ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: rows.map((r) => r.year),
      series: [
        { name: t('budget.column.debt'), type: 'bar', values: rows.map((r) => r.encours_dette) },
        {
          name: t('budget.column.equipment'),
          type: 'bar',
          values: rows.map((r) => r.depenses_equipement),
        },
      ],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: t('budget.column.year'), kind: 'text' },
      { key: 'debt', label: t('budget.column.debt'), kind: 'currency' },
      { key: 'equipment', label: t('budget.column.equipment'), kind: 'currency' },
    ],
    rows: rows.map((r) => ({
      year: String(r.year),
      debt: r.encours_dette,
      equipment: r.depenses_equipement,
    })),
    fileName: heading,
  };
}
