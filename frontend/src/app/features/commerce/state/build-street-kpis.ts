import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { StreetRow } from '../data-access/commerce-rows';

/** The street's month at the page's date: the latest month of its history not after the date. */
export function streetMonth(history: readonly StreetRow[], date: string): StreetRow | null {
  const month = date.slice(0, 7);
  return [...history].filter((row) => row.month <= month).sort((a, b) => b.month.localeCompare(a.month))[0] ?? null;
}

/**
 * The street's cards at the page's date; its footfall per day as the KPI catalogue gives it (the street's latest
 * month of the year against the same month a year before: the month the alerts centre describes).
 */
export function buildStreetKpis(current: StreetRow | null, catalogue: readonly KpiRow[], lang: Lang): KpiView[] {
  if (!current) return [];
  const year = Number(current.month.slice(0, 4)) - 1;
  return [
    {
      id: 'street-rate',
      label: translate(lang, 'commerce.kpi.vacancyRate'),
      value: current.vacancy_rate,
      kind: 'percent',
      unit: '',
      change: current.vacancy_rate_change_12m,
      changeIn: 'points',
      comparedWith: current.vacancy_rate_change_12m === null ? null : year,
      status: null,
      trend: [],
    },
    {
      id: 'street-vacant',
      label: translate(lang, 'commerce.kpi.vacant'),
      value: current.vacant,
      kind: 'integer',
      unit: translate(lang, 'commerce.unit.ofPremises', { premises: current.premises }),
      change: null,
      changeIn: 'relative',
      comparedWith: null,
      status: null,
      trend: [],
    },
    {
      id: 'street-structural',
      label: translate(lang, 'commerce.kpi.structural'),
      value: current.vacant_over_1_year,
      kind: 'integer',
      unit: '',
      change: null,
      changeIn: 'relative',
      comparedWith: null,
      status: null,
      trend: [],
    },
    kpiRowView(
      findKpi(catalogue, 'street_footfall', current.street),
      {
        id: 'street-footfall',
        label: translate(lang, 'commerce.kpi.footfall'),
        kind: 'integer',
        unit: translate(lang, 'commerce.unit.perDay'),
      },
      lang,
    ),
  ];
}
