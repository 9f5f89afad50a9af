import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { CommerceOverview, VacancyMonthRow } from '../data-access/commerce-rows';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { relativeChange } from '../../../shared/numbers/relative-change';

/**
 * The commune's key vacancy figures: the rate as the KPI catalogue gives it for the year (at 31/12, or the latest
 * month of the year in progress, against twelve months before, judged against the commune's thresholds); the other
 * figures on the page's day against the same day a year before.
 */
export function buildVacancyKpis(
  overview: CommerceOverview | null,
  monthly: readonly VacancyMonthRow[],
  catalogue: readonly KpiRow[],
  lang: Lang,
): KpiView[] {
  if (!overview?.vacancy) return [];
  const now = overview.vacancy;
  const then = overview.year_before.vacancy;
  const recent = [...monthly]
    .filter((row) => row.month <= overview.date.slice(0, 7))
    .sort((a, b) => a.month.localeCompare(b.month))
    .slice(-24);
  const label = (key: TranslationKey) => translate(lang, key);
  // the cards say "vs {year}": the year of the same day a year before
  const previousYear = then ? Number(overview.year_before.date.slice(0, 4)) : null;
  const days = translate(lang, 'commerce.unit.days');
  return [
    kpiRowView(
      findKpi(catalogue, 'vacancy_rate'),
      {
        id: 'vacancy-rate',
        label: label('commerce.kpi.vacancyRate'),
        kind: 'percent',
        trend: recent.map((row) => row.vacancy_rate),
      },
      lang,
    ),
    {
      id: 'vacant',
      label: label('commerce.kpi.vacant'),
      value: now.vacant,
      kind: 'integer',
      unit: '',
      change: relativeChange(now.vacant, then?.vacant),
      changeIn: 'relative',
      comparedWith: previousYear,
      status: null,
      trend: recent.map((row) => row.vacant),
    },
    {
      id: 'structural',
      label: label('commerce.kpi.structural'),
      value: now.vacant_over_1_year,
      kind: 'integer',
      unit: '',
      change: relativeChange(now.vacant_over_1_year, then?.vacant_over_1_year),
      changeIn: 'relative',
      comparedWith: previousYear,
      status: null,
      trend: recent.map((row) => row.vacant_over_1_year),
    },
    {
      id: 'surface',
      label: label('commerce.kpi.vacancySurface'),
      value: now.vacancy_rate_surface,
      kind: 'percent',
      unit: '',
      change:
        now.vacancy_rate_surface !== null && then?.vacancy_rate_surface != null
          ? now.vacancy_rate_surface - then.vacancy_rate_surface
          : null,
      changeIn: 'points',
      comparedWith: previousYear,
      status: null,
      trend: recent.map((row) => row.vacancy_rate_surface),
    },
    {
      id: 'duration',
      label: label('commerce.kpi.medianDuration'),
      value: now.median_vacant_days,
      kind: 'integer',
      unit: days,
      change: relativeChange(now.median_vacant_days, then?.median_vacant_days),
      changeIn: 'relative',
      comparedWith: previousYear,
      status: null,
      trend: [],
    },
  ];
}
