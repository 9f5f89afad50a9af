import type { BriefChart } from './brief.schemas';
import * as f from './french-format';

/**
 * The brief's charts as plain ECharts options (JSON, no functions), so the page draws them with ngx-echarts and the
 * PDF as SVG vectors (echarts' server-side renderer). Labels are written in French here, item by item.
 */

const VOTED = '#9db7cc';
const DONE = '#1f5f8b';
const OVER = '#b3261e';

const base = (height: number) => ({
  animation: false,
  aria: { enabled: true },
  textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif', fontSize: 11, color: '#1b1b1b' },
  grid: { left: 28, right: 64, top: 28, bottom: 8, containLabel: true },
  legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 11 } },
  height,
});

const millions = (value: number) => Math.round(value / 1e4) / 100;
const labelled = (value: number, text: string, color?: string) => ({
  value,
  label: { formatter: text },
  ...(color ? { itemStyle: { color } } : {}),
});

interface BarSeries<Row> {
  name: string;
  color: string;
  amount: (row: Row) => number;
}

/** Two bars of millions of euros per row (what was allowed beside what was spent), labelled in French. */
function pairedMillionsChart<Row extends { label: string }>(
  title: string,
  rows: Row[],
  series: [BarSeries<Row>, BarSeries<Row>],
): BriefChart {
  const height = 44 + rows.length * 24;
  const { height: _h, ...option } = base(height);
  return {
    title,
    height,
    option: {
      ...option,
      xAxis: { type: 'value', name: 'M€', splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.label),
        axisLabel: { width: 175, overflow: 'truncate', fontSize: 9.5 },
      },
      series: series.map(({ name, color, amount }, index) => ({
        name,
        type: 'bar',
        ...(index === 0 ? { barGap: '10%' } : {}),
        itemStyle: { color },
        label: { show: true, position: 'right', fontSize: 9, textBorderWidth: 0 },
        data: rows.map((row) => labelled(millions(amount(row)), f.decimal(amount(row) / 1e6))),
      })),
    },
  };
}

export function executionChart(rows: { label: string; voted: number; executed: number }[]): BriefChart {
  return pairedMillionsChart('Crédits ouverts et dépenses exécutées par chapitre (M€)', rows, [
    { name: 'Crédits ouverts', color: VOTED, amount: (row) => row.voted },
    { name: 'Exécuté', color: DONE, amount: (row) => row.executed },
  ]);
}

export function programmesChart(rows: { label: string; ap: number; cp: number }[]): BriefChart {
  return pairedMillionsChart('AP votée et CP exécutés ou prévus des programmes en dépassement (M€)', rows, [
    { name: 'AP votée', color: VOTED, amount: (row) => row.ap },
    { name: 'CP exécutés ou prévus', color: OVER, amount: (row) => row.cp },
  ]);
}

export function quartiersChart(
  rows: { label: string; perHead: number }[],
  average: number | null,
  year: number,
): BriefChart {
  const height = 44 + rows.length * 17;
  const { height: _h, ...option } = base(height);
  return {
    title: `Investissement localisé par habitant et par quartier en ${year} (€)`,
    height,
    option: {
      ...option,
      legend: { show: false },
      xAxis: { type: 'value', name: '€/hab.', splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.label),
        axisLabel: { width: 170, overflow: 'truncate', fontSize: 10 },
      },
      series: [
        {
          name: 'Investissement par habitant',
          type: 'bar',
          barWidth: '60%',
          itemStyle: { color: DONE },
          label: { show: true, position: 'right', fontSize: 9, textBorderWidth: 0 },
          data: rows.map((row) => labelled(Math.round(row.perHead), f.integer(row.perHead))),
          ...(average === null
            ? {}
            : {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: OVER, type: 'dashed' },
                  label: { formatter: `moyenne ${f.roundEuros(average)}`, position: 'insideEndTop', fontSize: 9 },
                  data: [{ xAxis: Math.round(average) }],
                },
              }),
        },
      ],
    },
  };
}
