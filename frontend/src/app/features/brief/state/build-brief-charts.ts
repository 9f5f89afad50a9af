import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { BriefData } from '../data-access/brief-rows';

/** Savings over the years of accounts: gross and net savings, the council's first question. */
function savingsChart(data: BriefData, year: number, lang: Lang): ChartView {
  const rows = data.health.filter((row) => row.year <= year).sort((a, b) => a.year - b.year);
  const [first, last] = [rows[0], rows.at(-1)];
  const gross = translate(lang, 'brief.chart.grossSavings');
  const net = translate(lang, 'brief.chart.netSavings');
  const heading = translate(lang, 'brief.chart.savings');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: first?.year ?? year,
      toYear: last?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'brief.subject.grossSavings'),
          plural: false,
          from: first?.epargne_brute ?? null,
          to: last?.epargne_brute ?? null,
        },
        {
          subject: translate(lang, 'brief.subject.netSavings'),
          plural: false,
          from: first?.epargne_nette ?? null,
          to: last?.epargne_nette ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: rows.map((row) => row.year),
      series: [
        { name: gross, values: rows.map((row) => row.epargne_brute), type: 'bar' },
        { name: net, values: rows.map((row) => row.epargne_nette), type: 'bar' },
      ],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'column.year'), kind: 'text' },
      { key: 'gross', label: gross, kind: 'currency' },
      { key: 'net', label: net, kind: 'currency' },
      { key: 'rate', label: translate(lang, 'brief.figure.savingsRate'), kind: 'percent' },
    ],
    rows: rows.map((row) => ({
      year: String(row.year),
      gross: row.epargne_brute,
      net: row.epargne_nette,
      rate: row.taux_epargne_brute,
    })),
    fileName: heading,
  };
}

/** The fluids bill of all municipal buildings, year by year. */
function fluidsChart(data: BriefData, year: number, lang: Lang): ChartView {
  const rows = data.fluids
    .filter((row) => row.fluid === 'all' && row.year <= year)
    .sort((a, b) => a.year - b.year);
  const [first, last] = [rows[0], rows.at(-1)];
  const cost = translate(lang, 'column.fluidsCost');
  const heading = translate(lang, 'brief.chart.fluids');
  return {
    heading,
    summary: summarizeTrend({
      lang,
      fromYear: first?.year ?? year,
      toYear: last?.year ?? year,
      kind: 'compactCurrency',
      series: [
        {
          subject: translate(lang, 'subject.fluidsCost'),
          plural: false,
          from: first?.amount_eur ?? null,
          to: last?.amount_eur ?? null,
        },
      ],
    }),
    options: buildTrendChart({
      categories: rows.map((row) => row.year),
      series: [{ name: cost, values: rows.map((row) => row.amount_eur) }],
      kind: 'currency',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'column.year'), kind: 'text' },
      { key: 'cost', label: cost, kind: 'currency' },
      { key: 'perInhabitant', label: translate(lang, 'brief.partners.fluids'), kind: 'euros' },
    ],
    rows: rows.map((row) => ({
      year: String(row.year),
      cost: row.amount_eur,
      perInhabitant: row.amount_per_inhabitant_eur,
    })),
    fileName: heading,
  };
}

/** Commercial vacancy and footfall side by side: do emptier shops go with fewer passers-by? */
function vacancyChart(data: BriefData, year: number, lang: Lang): ChartView {
  const rows = data.overview.filter((row) => row.year <= year).sort((a, b) => a.year - b.year);
  const [first, last] = [rows[0], rows.at(-1)];
  const rate = translate(lang, 'column.vacancyRate');
  const heading = translate(lang, 'brief.chart.vacancy');
  return {
    heading,
    summary: summarizeChange({
      lang,
      subject: translate(lang, 'subject.vacancyRate'),
      plural: false,
      year: last?.year ?? year,
      previousYear: first?.year ?? year,
      value: last?.vacancy_rate ?? null,
      previous: first && first !== last ? first.vacancy_rate : null,
      kind: 'percent',
    }),
    options: buildTrendChart({
      categories: rows.map((row) => row.year),
      series: [{ name: rate, values: rows.map((row) => row.vacancy_rate) }],
      kind: 'percent',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'year', label: translate(lang, 'column.year'), kind: 'text' },
      { key: 'rate', label: rate, kind: 'percent' },
      { key: 'vacant', label: translate(lang, 'column.vacantPremises'), kind: 'integer' },
      { key: 'footfall', label: translate(lang, 'column.footfall'), kind: 'integer' },
    ],
    rows: rows.map((row) => ({
      year: String(row.year),
      rate: row.vacancy_rate,
      vacant: row.vacant_premises,
      footfall: row.footfall,
    })),
    fileName: heading,
  };
}

/** The brief's three charts, each with its sentence and its table. */
export function buildBriefCharts(data: BriefData | null, year: number, lang: Lang): ChartView[] {
  if (!data) return [];
  return [
    savingsChart(data, year, lang),
    fluidsChart(data, year, lang),
    vacancyChart(data, year, lang),
  ];
}
