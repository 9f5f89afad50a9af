import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { axisKind } from '../../../shared/charts/axis-kind';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { level } from '../../../shared/summaries/sentence-parts';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn } from '../../../shared/ui/data-table/table-column';
import { BuildingMonthRow, BuildingYearRow, Fluid, FLUIDS, TrajectoryRow } from '../data-access/fluids-rows';
import { shortMonth } from './build-fluids-charts';
import { buildPathChart, MILESTONES } from './build-path-chart';
import { flagsLabel, fluidLabel, monthDate } from './fluids-labels';

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

/** The building's bill year by year, one stacked bar per fluid. */
export function buildCostBreakdownChart(years: readonly BuildingYearRow[], lang: Lang): ChartView {
  const all = [...new Set(years.map((row) => row.year))].sort((a, b) => a - b);
  const fluids = FLUIDS.filter((fluid) => years.some((row) => row.fluid === fluid));
  const amount = (year: number, fluid: Fluid) =>
    years.find((row) => row.year === year && row.fluid === fluid)?.amount_eur ?? null;
  const total = (year: number) => fluids.reduce((sum, fluid) => sum + (amount(year, fluid) ?? 0), 0);
  const complete = all.filter((year) => years.filter((row) => row.year === year).every((row) => row.complete));
  const heading = translate(lang, 'fluids.chart.costBreakdown');
  const options = buildTrendChart({
    categories: all,
    series: fluids.map((fluid) => ({
      name: fluidLabel(lang, fluid),
      type: 'bar' as const,
      values: all.map((year) => amount(year, fluid)),
    })),
    kind: 'currency',
    locale: LOCALE_BY_LANG[lang],
  });
  const [from, to] = [complete[0], complete.at(-1)];
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: from ?? all[0] ?? 0,
      toYear: to ?? all.at(-1) ?? 0,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'fluids.subject.buildingCost'),
          plural: false,
          from: from === undefined ? null : total(from),
          to: to === undefined ? null : total(to),
        },
      ],
    }),
    options: {
      ...options,
      series: (options.series as object[]).map((series) => ({ ...series, stack: 'bill' })),
    } as ChartOption,
    columns: [
      { key: 'year', label: translate(lang, 'fluids.column.year'), kind: 'text' },
      ...fluids.map((fluid): TableColumn => ({
        key: fluid,
        label: fluidLabel(lang, fluid),
        kind: 'currency',
      })),
    ],
    rows: all.map((year) => ({
      year: String(year),
      ...Object.fromEntries(fluids.map((fluid) => [fluid, amount(year, fluid)])),
    })),
    fileName: heading,
  };
}

/**
 * Weather-corrected energy of each year (bars) against the path from the reference year to -40 % in 2030, -50 %
 * in 2040 and -60 % in 2050 (line), the milestones after the last year billed, on a time axis.
 */
export function buildTrajectoryChart(rows: readonly TrajectoryRow[], lang: Lang): ChartView {
  const billed = [...rows].sort((a, b) => a.year - b.year);
  const last = billed.at(-1);
  const milestones = MILESTONES.map(({ year }) => ({
    year,
    target: (last?.[`target_${year}_kwh` as keyof TrajectoryRow] as number | null | undefined) ?? null,
  }));
  const points = billed.map((row) => ({
    year: row.year,
    actual: row.complete ? row.energy_kwh_corrected : null,
    target: row.target_kwh,
  }));
  const shownMilestones = milestones.filter((m) => m.year > (last?.year ?? 0));
  const categories = [...points.map((p) => String(p.year)), ...shownMilestones.map((m) => String(m.year))];
  const actual = [...points.map((p) => p.actual), ...shownMilestones.map(() => null)];
  const path = [...points.map((p) => p.target), ...shownMilestones.map((m) => m.target)];
  const heading = translate(lang, 'fluids.chart.trajectory');
  const latest = [...billed].reverse().find((row) => row.complete && row.gap_kwh !== null);
  const options = buildPathChart(points, milestones, lang);
  return {
    heading,
    summary: latest
      ? translate(lang, 'fluids.summary.trajectory', {
          year: latest.year,
          energy: level(latest.energy_kwh_corrected, 'energy', lang),
          gap: level(Math.abs(latest.gap_kwh ?? 0), 'energy', lang),
          side: translate(lang, (latest.gap_kwh ?? 0) > 0 ? 'fluids.summary.above' : 'fluids.summary.below'),
          reference: level(latest.reference_kwh ?? 0, 'energy', lang),
          referenceYear: latest.reference_year,
        })
      : translate(lang, 'fluids.summary.noTrajectory'),
    options,
    columns: [
      { key: 'year', label: translate(lang, 'fluids.column.year'), kind: 'text' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'target', label: translate(lang, 'fluids.column.target'), kind: 'energy' },
      { key: 'gap', label: translate(lang, 'fluids.column.gapKwh'), kind: 'energy' },
      { key: 'gapEur', label: translate(lang, 'fluids.column.gapEur'), kind: 'euros' },
    ],
    rows: categories.map((year, index) => {
      const row = billed[index];
      return {
        year,
        energy: actual[index],
        target: path[index],
        gap: row?.gap_kwh ?? null,
        gapEur: row?.gap_eur ?? null,
      };
    }),
    fileName: heading,
  };
}
