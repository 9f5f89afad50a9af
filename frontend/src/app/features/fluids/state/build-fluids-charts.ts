import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { level } from '../../../shared/summaries/sentence-parts';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { BuildingBalanceRow, CommuneMonthRow, CommuneYearRow, Fluid, FLUIDS } from '../data-access/fluids-rows';
import { communeYear } from './build-fluids-kpis';
import { fluidLabel, monthDate, typeLabel } from './fluids-labels';

/** A short month for an axis: "janv. 25". */
export function shortMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_BY_LANG[lang], {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/**
 * The level a year before that gives the API's like-for-like change: the sentence then says that change (the
 * totals of two years may hold different buildings).
 */
function previousOf(value: number | null, change: number | null): number | null {
  return value === null || change === null ? null : value / (1 + change);
}

function monthsOf(rows: readonly { month: string }[]): string[] {
  return [...new Set(rows.map((row) => row.month))].sort();
}

/** The commune's bill month by month, one stacked bar per fluid, for the year and the one before. */
export function buildMonthlyCostChart(
  months: readonly CommuneMonthRow[],
  years: readonly CommuneYearRow[],
  year: number,
  lang: Lang,
): ChartView {
  const span = months.filter((row) => row.month >= `${year - 1}-01` && row.month <= `${year}-12`);
  const categories = monthsOf(span);
  const fluids = FLUIDS.filter((fluid) => span.some((row) => row.fluid === fluid));
  const amount = (month: string, fluid: Fluid) =>
    span.find((row) => row.month === month && row.fluid === fluid)?.amount_eur ?? null;
  const now = communeYear(years, 'all', year);
  const change = now?.amount_change_vs_previous_year ?? null;
  const heading = translate(lang, 'fluids.chart.monthlyCost');
  const options = buildTrendChart({
    categories: categories.map((month) => shortMonth(month, lang)),
    series: fluids.map((fluid) => ({
      name: fluidLabel(lang, fluid),
      type: 'bar' as const,
      values: categories.map((m) => amount(m, fluid)),
    })),
    kind: 'currency',
    locale: LOCALE_BY_LANG[lang],
  });
  return {
    heading,
    summary: summarizeChange({
      lang,
      subject: translate(lang, 'fluids.subject.cost'),
      plural: false,
      year,
      previousYear: year - 1,
      value: now?.amount_eur ?? null,
      previous: previousOf(now?.amount_eur ?? null, change),
      kind: 'compactCurrency',
    }),
    options: {
      ...options,
      series: (options.series as object[]).map((series) => ({ ...series, stack: 'bill' })),
    } as ChartOption,
    columns: [
      { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'month' },
      ...fluids.map((fluid): TableColumn => ({
        key: fluid,
        label: fluidLabel(lang, fluid),
        kind: 'currency',
      })),
    ],
    rows: categories.map((month) => ({
      month: monthDate(month),
      ...Object.fromEntries(fluids.map((fluid) => [fluid, amount(month, fluid)])),
    })),
    fileName: heading,
  };
}

/** Weather-corrected energy month by month (all energy fluids), the year against the one before. */
export function buildMonthlyEnergyChart(
  months: readonly CommuneMonthRow[],
  years: readonly CommuneYearRow[],
  year: number,
  lang: Lang,
): ChartView {
  const energyOf = (month: string) => {
    const rows = months.filter((row) => row.month === month && row.unit === 'kWh' && row.corrected_quantity !== null);
    return rows.length ? rows.reduce((total, row) => total + (row.corrected_quantity ?? 0), 0) : null;
  };
  const monthNumbers = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));
  const current = monthNumbers.map((m) => energyOf(`${year}-${m}`));
  const previous = monthNumbers.map((m) => energyOf(`${year - 1}-${m}`));
  const labels = monthNumbers.map((m) =>
    new Intl.DateTimeFormat(LOCALE_BY_LANG[lang], { month: 'short', timeZone: 'UTC' }).format(
      new Date(`2001-${m}-01T00:00:00Z`),
    ),
  );
  const now = communeYear(years, 'energy', year);
  const change = now?.change_vs_previous_year ?? null;
  const heading = translate(lang, 'fluids.chart.monthlyEnergy', { year, previous: year - 1 });
  return {
    heading,
    summary: summarizeChange({
      lang,
      subject: translate(lang, 'fluids.subject.energy'),
      plural: false,
      year,
      previousYear: year - 1,
      value: now?.corrected_quantity ?? null,
      previous: previousOf(now?.corrected_quantity ?? null, change),
      kind: 'energy',
    }),
    options: buildTrendChart({
      categories: labels,
      series: [
        { name: String(year - 1), values: previous },
        { name: String(year), values: current },
      ],
      kind: 'energy',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'text' },
      { key: 'previous', label: String(year - 1), kind: 'energy' },
      { key: 'current', label: String(year), kind: 'energy' },
    ],
    rows: labels.map((label, index) => ({
      month: label,
      previous: previous[index],
      current: current[index],
    })),
    fileName: heading,
  };
}

/** The 15 buildings using the most energy per m² (weather-corrected), each beside the median of its type. */
export function buildRankingChart(buildings: readonly BuildingBalanceRow[], year: number, lang: Lang): ChartView {
  const locale = LOCALE_BY_LANG[lang];
  const ranked = buildings
    .filter((b): b is BuildingBalanceRow & { kwh_per_m2: number } => b.kwh_per_m2 !== null)
    .sort((a, b) => b.kwh_per_m2 - a.kwh_per_m2)
    .slice(0, 15);
  // a category axis reads from the bottom up: the largest on top
  const bottomUp = [...ranked].reverse();
  const heading = translate(lang, 'fluids.chart.ranking', { year });
  const format = (value: unknown) => formatValue(typeof value === 'number' ? value : null, 'number', locale);
  const options: ChartOption = {
    color: [CHART_PALETTE[0], CHART_PALETTE[1]],
    grid: { left: 16, right: 32, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: {
      type: 'value',
      axisLabel: { color: AXIS_TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: bottomUp.map((b) => b.name),
      axisLabel: { color: AXIS_TEXT, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'fluids.series.intensity'),
        data: bottomUp.map((b) => b.kwh_per_m2),
      },
      {
        type: 'scatter',
        name: translate(lang, 'fluids.series.typeMedian'),
        symbol: 'diamond',
        symbolSize: 12,
        data: bottomUp.map((b) => b.type_median_kwh_per_m2),
      },
    ],
  };
  return {
    heading,
    summary: summarizeRanking({
      lang,
      indicator: translate(lang, 'fluids.kpi.intensity'),
      year,
      kind: 'integer',
      items: buildings.map((b) => ({ name: b.name, value: b.kwh_per_m2 })),
    }),
    options,
    columns: rankingColumns(lang),
    rows: rankingRows(ranked, lang),
    fileName: heading,
  };
}

export function rankingColumns(lang: Lang): TableColumn[] {
  return [
    { key: 'name', label: translate(lang, 'fluids.column.building'), kind: 'text' },
    { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
    { key: 'kwh_per_m2', label: translate(lang, 'fluids.column.kwhPerM2'), kind: 'integer' },
    { key: 'type_median', label: translate(lang, 'fluids.column.typeMedian'), kind: 'integer' },
    { key: 'ratio', label: translate(lang, 'fluids.column.ratio'), kind: 'decimal' },
    { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'euros' },
    { key: 'cost_per_m2', label: translate(lang, 'fluids.column.costPerM2'), kind: 'currency' },
    { key: 'share', label: translate(lang, 'fluids.column.share'), kind: 'percent' },
  ];
}

export function rankingRows(buildings: readonly BuildingBalanceRow[], lang: Lang): TableRow[] {
  return buildings.map((b) => ({
    name: b.name,
    type: typeLabel(lang, b.type),
    kwh_per_m2: b.kwh_per_m2,
    type_median: b.type_median_kwh_per_m2,
    ratio: b.ratio_to_type_median,
    cost: b.cost_eur,
    cost_per_m2: b.cost_per_m2,
    share: b.share_of_commune_bill,
  }));
}

export interface DeviationView {
  summary: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** building_id of each row, for links. */
  ids: string[];
}

/** The ten largest rises of weather-corrected energy on the year before (complete years only). */
export function buildDeviations(buildings: readonly BuildingBalanceRow[], year: number, lang: Lang): DeviationView {
  const rising = buildings
    .filter(
      (b): b is BuildingBalanceRow & { energy_change_vs_previous_year: number } =>
        (b.energy_change_vs_previous_year ?? 0) > 0,
    )
    .sort((a, b) => b.energy_change_vs_previous_year - a.energy_change_vs_previous_year)
    .slice(0, 10);
  const first = rising[0];
  return {
    summary: first
      ? translate(lang, 'fluids.summary.deviations', {
          year,
          building: first.name,
          change: `+${level(first.energy_change_vs_previous_year, 'percent', lang)}`,
        })
      : translate(lang, 'fluids.summary.noDeviations', { year }),
    columns: [
      { key: 'name', label: translate(lang, 'fluids.column.building'), kind: 'text' },
      { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
      { key: 'change', label: translate(lang, 'fluids.column.change'), kind: 'percent' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'euros' },
    ],
    rows: rising.map((b) => ({
      name: b.name,
      type: typeLabel(lang, b.type),
      change: b.energy_change_vs_previous_year,
      energy: b.energy_kwh_corrected,
      cost: b.cost_eur,
    })),
    ids: rising.map((b) => b.building_id),
  };
}
