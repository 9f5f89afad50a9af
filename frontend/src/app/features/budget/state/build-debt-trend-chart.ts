import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeTrend } from '../../../shared/summaries/summarize-trend';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { HealthRow } from '../data-access/budget-rows';
import { healthUpTo } from './health-years';

/** Outstanding debt and capital spending over six years, as bars. */
export function buildDebtTrend(health: readonly HealthRow[], year: number, lang: Lang): ChartView {
  const rows = healthUpTo(health, year);
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
