import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { HealthRow } from '../data-access/budget-rows';
import { healthUpTo } from './health-years';

/** Management, gross and net savings over six years, as lines. */
export function buildSavingsTrend(health: readonly HealthRow[], year: number, lang: Lang): ChartView {
  const rows = healthUpTo(health, year);
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
