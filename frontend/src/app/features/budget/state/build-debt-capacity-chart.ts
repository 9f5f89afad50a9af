import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { ChartOption } from '../../../shared/charts/chart-option';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { HealthRow } from '../data-access/budget-rows';
import { debtCapacitySentence } from './budget-sentences';
import { healthUpTo } from './health-years';

/** The capacité de désendettement over six years, against the 12-year reference ceiling and the 15-year red line. */
export function buildDebtCapacityTrend(
  health: readonly HealthRow[],
  catalogue: readonly KpiRow[],
  year: number,
  lang: Lang,
): ChartView {
  const rows = healthUpTo(health, year);
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
