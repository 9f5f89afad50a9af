import { TranslationKey } from '../../../core/i18n/fr';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';
import { CommerceOverview, VacancyMonthRow, VacancyReference } from '../data-access/commerce-rows';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { relativeChange } from '../../../shared/numbers/relative-change';

/** The national town-centre reference and the usual alert threshold, as the API gives them (DOMAIN.md §3). */
export function vacancyThresholds(references: readonly VacancyReference[]): {
  alert: number;
  national: number;
} {
  const alert =
    references.find((r) => r.reference_kind === 'alert_threshold')?.reference_rate ?? 0.075;
  const national =
    references.find((r) => r.reference_id === 'all-sites-2021')?.reference_rate ?? 0.1;
  return { alert, national };
}

/** Below the alert threshold: fine; up to the national level: to watch; above it: an alert. */
export function vacancyStatus(
  rate: number | null,
  references: readonly VacancyReference[],
): KpiStatus | null {
  if (rate === null) return null;
  const { alert, national } = vacancyThresholds(references);
  if (rate < alert) return 'ok';
  return rate < national ? 'warn' : 'alert';
}

/** The commune's key vacancy figures on the day, against the same day a year before. */
export function buildVacancyKpis(
  overview: CommerceOverview | null,
  monthly: readonly VacancyMonthRow[],
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
    {
      id: 'vacancy-rate',
      label: label('commerce.kpi.vacancyRate'),
      value: now.vacancy_rate,
      kind: 'percent',
      unit: '',
      change:
        now.vacancy_rate !== null && then?.vacancy_rate != null
          ? now.vacancy_rate - then.vacancy_rate
          : null,
      changeIn: 'points',
      comparedWith: previousYear,
      status: vacancyStatus(now.vacancy_rate, overview.references),
      trend: recent.map((row) => row.vacancy_rate),
    },
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
