import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { HealthRow } from '../data-access/budget-rows';
import { waterfallSentence } from './budget-sentences';

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
