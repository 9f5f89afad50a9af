import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildTrendChart } from '../../../shared/charts/build-trend-chart';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { CommuneMonthRow, CommuneYearRow } from '../data-access/fluids-rows';
import { communeYear } from './build-fluids-kpis';
import { previousOf } from './like-for-like';

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
