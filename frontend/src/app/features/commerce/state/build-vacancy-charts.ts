import { formatNumber, formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartOption } from '../../../shared/charts/chart-option';
import { AXIS_TEXT, CHART_PALETTE, GRID_LINE } from '../../../shared/charts/chart-palette';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { DurationRow, MixRow, StreetRow, VacancyMonthRow } from '../data-access/commerce-rows';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { withArticle, words } from './words';

/**
 * Streets with fewer shop premises than this are left out of the rankings: below it one closure swings the rate
 * by more than five points, and small streets would crowd out the high streets.
 */
export const MIN_PREMISES_RANKED = 20;
const RANKED = 12;

/** Months up to the page's date (the register may run beyond the year shown). */
const byMonth = (rows: readonly VacancyMonthRow[], date: string) =>
  [...rows].filter((row) => row.month <= date.slice(0, 7)).sort((a, b) => a.month.localeCompare(b.month));

/**
 * The commune's month-end vacancy since the register starts, with the commune's two levels as the KPI catalogue
 * judges the rate (watch, then alert): the lines the chart draws are the thresholds the card is judged against.
 */
export function buildVacancyTrend(
  monthly: readonly VacancyMonthRow[],
  catalogue: readonly KpiRow[],
  date: string,
  lang: Lang,
): ChartView {
  const rows = byMonth(monthly, date);
  const w = words(lang);
  const judged = findKpi(catalogue, 'vacancy_rate');
  const watch = judged?.watch_threshold ?? null;
  const alert = judged?.threshold ?? null;
  const rate = translate(lang, 'commerce.column.vacancyRate');
  const heading = translate(lang, 'commerce.trend.heading');
  const first = rows.find((row) => row.vacancy_rate !== null);
  const last = [...rows].reverse().find((row) => row.vacancy_rate !== null);
  const options = buildTrendChart({
    categories: rows.map((row) => row.month),
    series: [{ name: rate, values: rows.map((row) => row.vacancy_rate) }],
    kind: 'percent',
    locale: LOCALE_BY_LANG[lang],
  });
  const line = options.series as { markLine?: unknown }[];
  line[0].markLine = {
    symbol: 'none',
    label: { formatter: '{b}', position: 'insideEndTop', color: AXIS_TEXT },
    lineStyle: { type: 'dashed', color: AXIS_TEXT },
    data: [
      ...(watch === null
        ? []
        : [{ name: translate(lang, 'commerce.trend.watch', { rate: w.percent(watch) }), yAxis: watch }]),
      ...(alert === null
        ? []
        : [{ name: translate(lang, 'commerce.trend.alert', { rate: w.percent(alert) }), yAxis: alert }]),
    ],
  };
  return {
    heading,
    summary:
      first && last && first !== last
        ? translate(lang, alert === null ? 'commerce.trend.summaryNoThreshold' : 'commerce.trend.summary', {
            from: w.month(first.month),
            to: w.month(last.month),
            first: w.percent(first.vacancy_rate!),
            last: w.percent(last.vacancy_rate!),
            vacant: w.number(last.vacant),
            premises: w.number(last.premises),
            alert: alert === null ? '' : w.percent(alert),
          })
        : translate(lang, 'commerce.noData'),
    options,
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'rate', label: rate, kind: 'percent' },
      { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' },
      { key: 'premises', label: translate(lang, 'commerce.column.premises'), kind: 'integer' },
      { key: 'structural', label: translate(lang, 'commerce.column.overOneYear'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      premises: row.premises,
      vacant: row.vacant,
      rate: row.vacancy_rate,
      structural: row.vacant_over_1_year,
    })),
    fileName: heading,
  };
}

/** Openings and closures of the last 24 months, as bars. */
export function buildOpeningsChart(monthly: readonly VacancyMonthRow[], date: string, lang: Lang): ChartView {
  const rows = byMonth(monthly, date).slice(-24);
  const openings = translate(lang, 'commerce.column.openings');
  const closures = translate(lang, 'commerce.column.closures');
  const heading = translate(lang, 'commerce.flows.heading');
  const opened = rows.reduce((sum, row) => sum + row.openings, 0);
  const closed = rows.reduce((sum, row) => sum + row.closures, 0);
  return {
    heading,
    summary: rows.length
      ? translate(lang, 'commerce.flows.summary', {
          from: words(lang).month(rows[0].month),
          to: words(lang).month(rows[rows.length - 1].month),
          openings: opened,
          closures: closed,
        })
      : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: rows.map((row) => row.month),
      series: [
        { name: openings, type: 'bar', values: rows.map((row) => row.openings) },
        { name: closures, type: 'bar', values: rows.map((row) => row.closures) },
      ],
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'month', label: translate(lang, 'commerce.column.month'), kind: 'month' },
      { key: 'openings', label: openings, kind: 'integer' },
      { key: 'closures', label: closures, kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      month: `${row.month}-01`,
      openings: row.openings,
      closures: row.closures,
    })),
    fileName: heading,
  };
}

const ranked = (streets: readonly StreetRow[]) => streets.filter((street) => street.premises >= MIN_PREMISES_RANKED);

function streetColumns(lang: Lang) {
  return [
    // the result first: the rate and its change, then the counts behind it
    { key: 'street', label: translate(lang, 'commerce.column.street'), kind: 'text' as const },
    {
      key: 'rate',
      label: translate(lang, 'commerce.column.vacancyRate'),
      kind: 'percent' as const,
    },
    {
      key: 'change',
      label: translate(lang, 'commerce.column.changePoints'),
      kind: 'decimal' as const,
    },
    { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' as const },
    {
      key: 'premises',
      label: translate(lang, 'commerce.column.premises'),
      kind: 'integer' as const,
    },
    { key: 'quartier', label: translate(lang, 'commerce.column.quartier'), kind: 'text' as const },
  ];
}

const streetRow = (street: StreetRow) => ({
  street: street.street,
  quartier: street.quartier,
  premises: street.premises,
  vacant: street.vacant,
  rate: street.vacancy_rate,
  change: street.vacancy_rate_change_12m === null ? null : Math.round(street.vacancy_rate_change_12m * 1000) / 10,
});

/** The most vacant streets (at least MIN_PREMISES_RANKED premises), as horizontal bars. */
export function buildRankingByRate(streets: readonly StreetRow[], month: string | null, lang: Lang): ChartView {
  const top = [...ranked(streets)]
    .filter((s) => s.vacancy_rate !== null)
    .sort((a, b) => b.vacancy_rate! - a.vacancy_rate!)
    .slice(0, RANKED);
  const w = words(lang);
  const heading = translate(lang, 'commerce.ranking.rate.heading');
  const lead = top[0];
  return {
    heading,
    summary:
      lead && month
        ? translate(lang, top.length > 1 ? 'commerce.ranking.rate.summary' : 'commerce.ranking.rate.summaryAlone', {
            month: w.month(month),
            street: withArticle(lead.street, lang),
            rate: w.percent(lead.vacancy_rate!),
            vacant: lead.vacant,
            premises: lead.premises,
            min: MIN_PREMISES_RANKED,
            next: top
              .slice(1, 3)
              .map((s) => `${withArticle(s.street, lang)} (${w.percent(s.vacancy_rate!)})`)
              .join(', '),
          })
        : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: top.map((s) => ({ name: s.street, value: s.vacancy_rate })),
      seriesName: translate(lang, 'commerce.column.vacancyRate'),
      kind: 'percent',
      locale: LOCALE_BY_LANG[lang],
      highlight: lead?.street ?? null,
    }),
    columns: streetColumns(lang),
    rows: top.map(streetRow),
    fileName: heading,
  };
}

/** The streets whose vacancy rose most over twelve months, in percentage points. */
export function buildRankingByChange(streets: readonly StreetRow[], month: string | null, lang: Lang): ChartView {
  const top = [...ranked(streets)]
    .filter((s) => s.vacancy_rate_change_12m !== null)
    .sort((a, b) => b.vacancy_rate_change_12m! - a.vacancy_rate_change_12m!)
    .slice(0, RANKED);
  const w = words(lang);
  const heading = translate(lang, 'commerce.ranking.change.heading');
  const lead = top[0];
  return {
    heading,
    summary:
      lead && month
        ? translate(lang, 'commerce.ranking.change.summary', {
            month: w.month(month),
            street: withArticle(lead.street, lang),
            change: w.points(lead.vacancy_rate_change_12m!),
            rate: w.percent(lead.vacancy_rate ?? 0),
            min: MIN_PREMISES_RANKED,
          })
        : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: top.map((s) => ({
        name: s.street,
        value: Math.round(s.vacancy_rate_change_12m! * 1000) / 10,
      })),
      seriesName: translate(lang, 'commerce.column.changePoints'),
      kind: 'decimal',
      locale: LOCALE_BY_LANG[lang],
      highlight: lead?.street ?? null,
    }),
    columns: streetColumns(lang),
    rows: top.map(streetRow),
    fileName: heading,
  };
}

/**
 * Footfall beside vacancy for the streets with a pedestrian counter: one point per street, footfall change across,
 * vacancy change up. "Does vacancy rise where footfall falls?"
 */
export function buildFootfallVsVacancy(streets: readonly StreetRow[], lang: Lang): ChartView {
  const measured = streets.filter((s) => s.footfall_change_12m !== null && s.vacancy_rate_change_12m !== null);
  const w = words(lang);
  const locale = LOCALE_BY_LANG[lang];
  const heading = translate(lang, 'commerce.footfall.heading');
  const both = measured
    .filter((s) => s.footfall_change_12m! < 0 && s.vacancy_rate_change_12m! > 0)
    .sort((a, b) => b.vacancy_rate_change_12m! - a.vacancy_rate_change_12m!);
  const footfallAxis = translate(lang, 'commerce.column.footfallChange');
  const vacancyAxis = translate(lang, 'commerce.column.changePoints');
  const options: ChartOption = {
    color: [CHART_PALETTE[0]],
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const [x, y, name] = (params as { value: [number, number, string] }).value;
        return `${name}<br>${footfallAxis} : ${formatValue(x, 'percent', locale)}<br>${vacancyAxis} : ${formatNumber(y, locale, 1)}`;
      },
    },
    xAxis: {
      type: 'value',
      name: footfallAxis,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: AXIS_TEXT, formatter: (v: number) => formatValue(v, 'percent', locale) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'value',
      name: vacancyAxis,
      axisLabel: { color: AXIS_TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'scatter',
        name: translate(lang, 'commerce.column.street'),
        symbolSize: 14,
        // streets losing walkers and shops come first: where labels would overlap, theirs are kept
        data: [...both, ...measured.filter((s) => !both.includes(s))].map((s) => ({
          value: [s.footfall_change_12m!, Math.round(s.vacancy_rate_change_12m! * 1000) / 10, s.street],
          itemStyle:
            s.footfall_change_12m! < 0 && s.vacancy_rate_change_12m! > 0 ? { color: CHART_PALETTE[1] } : undefined,
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: unknown) => (p as { value: [number, number, string] }).value[2],
          color: AXIS_TEXT,
        },
        // a label that would cover another is left out (the tooltip and the table still name every street)
        labelLayout: { hideOverlap: true },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: AXIS_TEXT },
          data: [{ xAxis: 0 }, { yAxis: 0 }],
        },
      },
    ],
  };
  const lead = both[0];
  return {
    heading,
    summary:
      measured.length === 0
        ? translate(lang, 'commerce.footfall.none')
        : lead
          ? translate(lang, 'commerce.footfall.summary', {
              both: both.length,
              total: measured.length,
              street: withArticle(lead.street, lang),
              footfall: w.signedPercent(lead.footfall_change_12m!),
              vacancy: w.points(lead.vacancy_rate_change_12m!),
            })
          : translate(lang, 'commerce.footfall.summaryNone', { total: measured.length }),
    options,
    columns: [
      { key: 'street', label: translate(lang, 'commerce.column.street'), kind: 'text' },
      { key: 'rate', label: translate(lang, 'commerce.column.vacancyRate'), kind: 'percent' },
      { key: 'change', label: vacancyAxis, kind: 'decimal' },
      { key: 'footfall', label: translate(lang, 'commerce.column.footfall'), kind: 'integer' },
      { key: 'footfallChange', label: footfallAxis, kind: 'percent' },
    ],
    rows: measured.map((s) => ({
      street: s.street,
      rate: s.vacancy_rate,
      change: Math.round(s.vacancy_rate_change_12m! * 1000) / 10,
      footfall: s.footfall_mean_daily,
      footfallChange: s.footfall_change_12m,
    })),
    fileName: heading,
  };
}

/** The activities of the occupied premises of the commune, largest first. */
export function buildActivityMix(mix: readonly MixRow[], lang: Lang): ChartView {
  const rows = [...mix].sort((a, b) => b.premises - a.premises);
  const heading = translate(lang, 'commerce.mix.heading');
  const lead = rows[0];
  return {
    heading,
    summary: lead
      ? translate(lang, 'commerce.mix.summary', {
          activity: lead.activity,
          share: words(lang).percent(lead.share),
          count: rows.length,
        })
      : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: rows.map((row) => ({ name: row.activity, value: row.share })),
      seriesName: translate(lang, 'commerce.column.share'),
      kind: 'percent',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'activity', label: translate(lang, 'commerce.column.activity'), kind: 'text' },
      { key: 'premises', label: translate(lang, 'commerce.column.occupied'), kind: 'integer' },
      { key: 'share', label: translate(lang, 'commerce.column.share'), kind: 'percent' },
    ],
    rows: rows.map((row) => ({ activity: row.activity, premises: row.premises, share: row.share })),
    fileName: heading,
  };
}

/** How long premises stay empty: median length of the vacancies that ended each year, and of those still running. */
export function buildDurations(durations: readonly DurationRow[], date: string, lang: Lang): ChartView {
  const rows = [...durations].filter((row) => row.year <= Number(date.slice(0, 4))).sort((a, b) => a.year - b.year);
  const ended = translate(lang, 'commerce.column.medianEnded');
  const ongoing = translate(lang, 'commerce.column.medianOngoing');
  const heading = translate(lang, 'commerce.durations.heading');
  const last = rows[rows.length - 1];
  const w = words(lang);
  return {
    heading,
    summary: last
      ? translate(lang, 'commerce.durations.summary', {
          date: w.date(last.as_of),
          ongoing: last.spells_ongoing,
          median: w.number(last.median_days_ongoing ?? 0),
          overOne: last.ongoing_over_1_year,
          overThree: last.ongoing_over_3_years,
        })
      : translate(lang, 'commerce.noData'),
    options: buildTrendChart({
      categories: rows.map((row) => row.year),
      series: [
        { name: ended, type: 'bar', values: rows.map((row) => row.median_days_ended) },
        { name: ongoing, type: 'bar', values: rows.map((row) => row.median_days_ongoing) },
      ],
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'commerce.column.year'), kind: 'text' },
      { key: 'ended', label: translate(lang, 'commerce.column.spellsEnded'), kind: 'integer' },
      { key: 'medianEnded', label: ended, kind: 'integer' },
      { key: 'ongoing', label: translate(lang, 'commerce.column.spellsOngoing'), kind: 'integer' },
      { key: 'medianOngoing', label: ongoing, kind: 'integer' },
      { key: 'overOne', label: translate(lang, 'commerce.column.overOneYear'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      year: String(row.year),
      ended: row.spells_ended,
      medianEnded: row.median_days_ended,
      ongoing: row.spells_ongoing,
      medianOngoing: row.median_days_ongoing,
      overOne: row.ongoing_over_1_year,
    })),
    fileName: heading,
  };
}
