import type { ApiResponse, ApiRow } from '../../../api';

/**
 * Rows of the town-centre API (commercial vacancy and flow counts): the types generated from its contract
 * (frontend/src/app/api), so a field the API renames or makes nullable fails to compile where it is read.
 */

/** GET /commerce/vacancy (the contract): `street` and `quartier` by street, `quartier_id` and `quartier` by quartier. */
export type VacancyRow = ApiRow<'getCommerceVacancy'>;

/** GET /commerce/overview: the commune's vacancy on a day and a year before, and the national references. */
export type CommerceOverview = ApiResponse<'getCommerceOverview'>;
export type VacancyReference = CommerceOverview['references'][number];

/** GET /commerce/vacancy/monthly: month-end vacancy, openings and closures (`month`: YYYY-MM). */
export type VacancyMonthRow = ApiRow<'getCommerceVacancyMonthly'>;

/** GET /commerce/streets and /commerce/streets/history: vacancy with footfall beside it. */
export type StreetRow = ApiRow<'getCommerceStreets'>;

/** GET /commerce/premises */
export type PremisesRow = ApiRow<'getCommercePremises'>;
export type PremisesStatus = PremisesRow['status'];

/** GET /commerce/streets/timeline */
export type TimelineRow = ApiRow<'getCommerceStreetsTimeline'>;

/** GET /commerce/activity-mix */
export type MixRow = ApiRow<'getCommerceActivityMix'>;

/** GET /commerce/durations */
export type DurationRow = ApiRow<'getCommerceDurations'>;

/** GET /counts/sites */
export type SiteRow = ApiRow<'getCountsSites'>;
export type SiteKind = SiteRow['kind'];

/** GET /counts/periods */
export type PeriodRow = ApiRow<'getCountsPeriods'>;

/** GET /counts/daily */
export type DayRow = ApiRow<'getCountsDaily'>;

/** GET /counts/profile */
export type ProfileRow = ApiRow<'getCountsProfile'>;

/** GET /counts/year-on-year */
export type YearOnYear = ApiResponse<'getCountsYearOnYear'>;
export type YearOnYearRow = YearOnYear['rows'][number];

/** GET /counts/interventions */
export type InterventionRow = ApiRow<'getCountsInterventions'>;

/** GET /counts/impact: the zone against its control sites, before, during and after an intervention. */
export type ImpactResult = ApiResponse<'getCountsImpact'>;
export type ImpactSummaryRow = ImpactResult['summary'][number];
export type ImpactDayRow = ImpactResult['daily'][number];
export type ImpactPeriod = ImpactSummaryRow['period'];
export type ComparedSite = ImpactResult['sites'][number];

/** What the impact tool asks: an intervention, or a period with a street or zone. */
export interface ImpactRequest {
  intervention?: string;
  start?: string;
  end?: string;
  street?: string;
  zone?: string;
  window: number;
}
