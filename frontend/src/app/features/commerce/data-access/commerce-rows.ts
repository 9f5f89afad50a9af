/** Rows of the town-centre API (commercial vacancy and flow counts), field names as the API writes them. */

export interface VacancyFigures {
  premises: number;
  occupied: number;
  vacant: number;
  works: number;
  vacancy_rate: number | null;
  surface_m2: number;
  vacant_surface_m2: number;
  vacancy_rate_surface: number | null;
  vacant_over_1_year: number;
  vacant_over_3_years: number;
}

/** GET /commerce/vacancy (the contract) and the vacancy of GET /commerce/overview. */
export interface VacancyRow extends VacancyFigures {
  street?: string;
  quartier_id?: number | null;
  quartier?: string | null;
  structural_vacancy_rate: number | null;
  median_vacant_days: number | null;
}

export interface VacancyReference {
  reference_id: string;
  reference_kind: 'benchmark' | 'alert_threshold';
  reference_label: string;
  reference_rate: number;
  reference_year: number | null;
  reference_source: string;
}

export interface CommerceOverview {
  commune_insee: string;
  date: string;
  latest_status_date: string | null;
  vacancy: VacancyRow | null;
  year_before: { date: string; vacancy: VacancyRow | null };
  references: VacancyReference[];
}

export interface VacancyMonthRow extends VacancyFigures {
  level: 'commune' | 'quartier' | 'street';
  area_key: string;
  quartier_id: number | null;
  quartier: string | null;
  street: string | null;
  /** YYYY-MM */
  month: string;
  openings: number;
  closures: number;
  vacancy_rate_12m_ago: number | null;
  vacancy_rate_change_12m: number | null;
}

/** GET /commerce/streets and /commerce/streets/history: vacancy with footfall beside it. */
export interface StreetRow {
  month: string;
  street: string;
  quartier: string | null;
  premises: number;
  vacant: number;
  vacancy_rate: number | null;
  vacancy_rate_change_12m: number | null;
  vacant_over_1_year: number;
  counting_sites: number;
  sites_reporting: number;
  footfall_mean_daily: number | null;
  footfall_change_12m: number | null;
}

export type PremisesStatus = 'occupied' | 'vacant' | 'works' | 'closed';

export interface PremisesRow {
  premises_id: string;
  address: string | null;
  street: string;
  quartier_id: number | null;
  quartier: string | null;
  lat: number | null;
  lon: number | null;
  surface_m2: number | null;
  status: PremisesStatus;
  activity: string | null;
  status_since: string;
  vacant_since: string | null;
  vacant_days: number | null;
  vacant_over_1_year: boolean;
  vacant_over_3_years: boolean;
}

export interface TimelineRow {
  premises_id: string;
  address: string | null;
  surface_m2: number | null;
  valid_from: string;
  valid_to: string | null;
  status: PremisesStatus;
  activity: string | null;
  vacant_since: string | null;
}

export interface MixRow {
  level: string;
  quartier_id: number | null;
  street: string | null;
  activity: string;
  premises: number;
  share: number;
  surface_m2: number;
}

export interface DurationRow {
  level: string;
  area_key: string;
  quartier: string | null;
  street: string | null;
  year: number;
  as_of: string;
  spells_ended: number;
  median_days_ended: number | null;
  spells_ongoing: number;
  median_days_ongoing: number | null;
  ongoing_over_1_year: number;
  ongoing_over_3_years: number;
}

export type SiteKind = 'pedestrian' | 'bike' | 'car' | 'facility';

export interface SiteRow {
  site_id: string;
  name: string;
  kind: SiteKind;
  zone: string | null;
  street: string | null;
  quartier_id: number | null;
  lat: number | null;
  lon: number | null;
  days_followed: number;
  days_complete: number;
  hours_ok: number;
  hours_fault: number;
  hours_missing: number;
  hours_expected: number;
  completeness: number | null;
  count_total: number;
  mean_daily_complete: number | null;
  first_day: string | null;
  last_day: string | null;
}

export interface PeriodRow {
  level: 'site' | 'zone' | 'commune';
  kind: SiteKind;
  zone: string | null;
  site_id: string | null;
  period: 'week' | 'month';
  period_start: string;
  sites: number;
  sites_reporting: number;
  site_days: number;
  site_days_complete: number;
  count_total: number;
  completeness: number | null;
  mean_daily_complete: number | null;
  share_of_zone: number | null;
}

export interface DayRow {
  level: 'site' | 'zone' | 'commune';
  kind: SiteKind;
  zone: string | null;
  site_id: string | null;
  day: string;
  count_total: number;
  sites: number;
  sites_complete: number;
  hours_ok: number;
  hours_fault: number;
  hours_missing: number;
  hours_expected: number;
  completeness: number | null;
  isodow: number;
  day_type: 'weekday' | 'saturday' | 'sunday' | 'public_holiday';
  public_holiday: string | null;
  school_holiday: string | null;
}

export interface ProfileRow {
  year: number;
  level: string;
  kind: SiteKind;
  zone: string | null;
  site_id: string | null;
  isodow: number;
  hour_of_day: number;
  mean_count: number | null;
  hours_ok: number;
  share_of_day: number | null;
}

export interface YearOnYearRow {
  level: 'site' | 'zone' | 'commune';
  kind: SiteKind;
  zone: string | null;
  site_id: string | null;
  current_total: number | null;
  previous_total: number | null;
  change_rate: number | null;
  days_compared: number;
  site_days_compared: number;
  site_days_gap: number;
  site_days_calendar: number;
  days_in_period: number;
}

export interface YearOnYear {
  commune_insee: string;
  from: string;
  to: string;
  rows: YearOnYearRow[];
}

export interface InterventionRow {
  intervention_id: string;
  name: string;
  kind: 'works' | 'event' | 'bike_lane' | 'other';
  street: string | null;
  quartier: string | null;
  start_date: string;
  end_date: string;
  site_ids: string[];
}

export type ImpactPeriod = 'before' | 'during' | 'after';

export interface ImpactSummaryRow {
  period: ImpactPeriod;
  first_day: string;
  last_day: string;
  days: number;
  days_compared: number;
  zone_mean_daily: number | null;
  control_sites: number;
  zone_change: number | null;
  control_change: number | null;
  effect: number | null;
  effect_low: number | null;
  effect_high: number | null;
  change_vs_last_year: number | null;
  days_vs_last_year: number;
}

export interface ImpactDayRow {
  period: ImpactPeriod;
  day: string;
  zone_count: number | null;
  zone_sites: number;
  zone_panel_sites: number;
  zone_index: number | null;
  control_index: number | null;
  control_sites: number;
  log_ratio: number | null;
}

export interface ComparedSite {
  site_id: string;
  name: string;
  grp: 'zone' | 'control';
  kind: SiteKind;
  zone: string | null;
  street: string | null;
}

export interface ImpactResult {
  commune_insee: string;
  intervention: Omit<InterventionRow, 'quartier'> | null;
  start: string;
  end: string;
  window_days: number;
  sites: ComparedSite[];
  summary: ImpactSummaryRow[];
  daily: ImpactDayRow[];
}

/** What the impact tool asks: an intervention, or a period with a street or zone. */
export interface ImpactRequest {
  intervention?: string;
  start?: string;
  end?: string;
  street?: string;
  zone?: string;
  window: number;
}
