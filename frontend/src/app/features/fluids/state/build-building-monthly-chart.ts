import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { BuildingMonthRow, BuildingYearRow, Fluid, FLUIDS } from '../data-access/fluids-rows';
import { flagsLabel, fluidLabel, monthDate } from './fluids-labels';
import { shortMonth } from './short-month';

const HEATING: readonly string[] = ['gas', 'heat', 'fuel_oil'];
/** Abnormal months: the alert red, with a triangle (the shape says it too). */
const ANOMALY_COLOR = '#b3261e';
/** The monthly chart shows three years: enough to see a season repeat, short enough to read. */
const MONTHS_SHOWN = 36;

/** The fluids a building has, in the usual order. */
export function buildingFluids(months: readonly BuildingMonthRow[]): Fluid[] {
  return FLUIDS.filter((fluid) => months.some((row) => row.fluid === fluid));
}

/**
 * One fluid of a building month by month: the bill's quantity (bars), the same month a year earlier (line), the
 * degree-days for heating fluids (second axis) and the months found abnormal (points).
 */
export function buildBuildingMonthlyChart(
  months: readonly BuildingMonthRow[],
  years: readonly BuildingYearRow[],
  fluid: Fluid,
  year: number,
  lang: Lang,
): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const rows = months.filter((row) => row.fluid === fluid && row.month <= `${year + 1}-12`).slice(-MONTHS_SHOWN);
  const unit = rows[0]?.unit ?? 'kWh';
  const kind = unit === 'kWh' ? 'energy' : 'integer';
  const heating = HEATING.includes(fluid);
  const name = fluidLabel(lang, fluid);
  const format = (value: unknown) => formatValue(typeof value === 'number' ? value : null, kind, locale);
  const quantityName = `${name} (${unit === 'm3' ? 'm³' : 'kWh'})`;
  const previousName = translate(lang, 'fluids.column.previousYear');
  const options: ChartOption = {
    color: [CHART_PALETTE[0], CHART_PALETTE[6], CHART_PALETTE[2]],
    grid: { left: 16, right: 16, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis', valueFormatter: format },
    xAxis: {
      type: 'category',
      data: rows.map((row) => shortMonth(row.month, lang)),
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: {
          color: AXIS_TEXT,
          formatter: (value: number) => formatValue(value, axisKind(kind), locale),
        },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        show: heating,
        name: 'DJU',
        axisLabel: { color: AXIS_TEXT },
        splitLine: { show: false },
      },
    ],
    series: [
      { type: 'bar', name: quantityName, data: rows.map((row) => row.quantity) },
      {
        type: 'line',
        name: previousName,
        data: rows.map((row) => row.quantity_previous_year),
        connectNulls: false,
        lineStyle: { type: 'dashed' },
      },
      ...(heating
        ? [
            {
              type: 'line' as const,
              name: translate(lang, 'fluids.series.dju'),
              yAxisIndex: 1,
              data: rows.map((row) => row.dju),
              symbol: 'none',
            },
          ]
        : []),
      {
        type: 'scatter',
        name: translate(lang, 'fluids.series.anomaly'),
        symbol: 'triangle',
        symbolSize: 16,
        itemStyle: { color: ANOMALY_COLOR, borderColor: '#ffffff', borderWidth: 1 },
        data: rows.map((row) => (row.anomalous ? row.quantity : null)),
      },
    ],
  };
  const ofYear = years.find((row) => row.fluid === fluid && row.year === year);
  const before = years.find((row) => row.fluid === fluid && row.year === year - 1);
  const heading = translate(lang, heating ? 'fluids.chart.buildingMonthlyDju' : 'fluids.chart.buildingMonthly', {
    fluid: name,
  });
  return {
    heading,
    summary: summarizeChange({
      lang,
      subject: translate(lang, unit === 'm3' ? 'fluids.subject.consumptionM3' : 'fluids.subject.consumption', {
        fluid: name,
      }),
      plural: false,
      year,
      previousYear: year - 1,
      value: ofYear?.quantity ?? null,
      previous: ofYear?.complete && before?.complete ? before.quantity : null,
      kind,
    }),
    options,
    columns: [
      { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'month' },
      { key: 'quantity', label: quantityName, kind },
      { key: 'previous', label: previousName, kind },
      { key: 'dju', label: translate(lang, 'fluids.column.dju'), kind: 'integer' },
      { key: 'corrected', label: translate(lang, 'fluids.column.corrected'), kind },
      { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'currency' },
      { key: 'excess', label: translate(lang, 'fluids.column.anomaly'), kind: 'currency' },
      { key: 'flags', label: translate(lang, 'fluids.column.flags'), kind: 'text' },
    ],
    rows: rows.map((row) => ({
      month: monthDate(row.month),
      quantity: row.quantity,
      previous: row.quantity_previous_year,
      dju: row.dju,
      corrected: row.corrected_quantity,
      cost: row.amount_eur,
      excess: row.anomalous ? row.excess_cost_eur : null,
      flags: flagsLabel(lang, row.quality_flags),
    })),
    fileName: `${heading} ${year}`,
  };
}
