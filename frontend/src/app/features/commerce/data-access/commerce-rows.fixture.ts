import {
  CommerceOverview,
  DayRow,
  ImpactResult,
  InterventionRow,
  ProfileRow,
  StreetRow,
  TimelineRow,
  VacancyMonthRow,
} from './commerce-rows';

const vacancy = {
  premises: 1950, occupied: 1742, vacant: 213, works: 4, vacancy_rate: 0.1092, surface_m2: 184473, vacant_surface_m2: 19581,
  vacancy_rate_surface: 0.1061, vacant_over_1_year: 109, vacant_over_3_years: 39, structural_vacancy_rate: 0.0559, median_vacant_days: 378,
};

export const OVERVIEW_FIXTURE: CommerceOverview = {
  commune_insee: '59350',
  date: '2025-12-31',
  latest_status_date: '2026-10-31',
  vacancy,
  year_before: { date: '2024-12-31', vacancy: { ...vacancy, vacant: 204, vacancy_rate: 0.1052, vacant_over_1_year: 94, median_vacant_days: 335 } },
  references: [
    { reference_id: 'alert-threshold', reference_kind: 'alert_threshold', reference_label: 'Seuil d’alerte usuel (7,5 %)', reference_rate: 0.075, reference_year: null, reference_source: 'Procos (convention)' },
    { reference_id: 'all-sites-2021', reference_kind: 'benchmark', reference_label: 'Tous sites commerciaux, 2021', reference_rate: 0.1, reference_year: 2021, reference_source: 'Codata' },
  ],
};

const month = (m: string, rate: number, vacant: number, openings = 0, closures = 0): VacancyMonthRow => ({
  level: 'commune', area_key: '59350', quartier_id: null, quartier: null, street: null, month: m, premises: 1950, occupied: 1950 - vacant,
  vacant, works: 0, vacancy_rate: rate, surface_m2: 0, vacant_surface_m2: 0, vacancy_rate_surface: null, vacant_over_1_year: 100,
  vacant_over_3_years: 30, openings, closures, vacancy_rate_12m_ago: null, vacancy_rate_change_12m: null,
});

export const MONTHLY_FIXTURE: VacancyMonthRow[] = [
  month('2019-01', 0.085, 166, 0, 0),
  month('2025-11', 0.108, 210, 12, 10),
  month('2025-12', 0.1092, 213, 9, 11),
  // the register runs beyond the year shown
  month('2026-10', 0.1067, 208, 21, 16),
];

const street = (name: string, premises: number, vacant: number, rate: number, change: number | null, footfall: number | null = null,
  footfallChange: number | null = null): StreetRow => ({
  month: '2025-12', street: name, quartier: 'Centre', premises, vacant, vacancy_rate: rate, vacancy_rate_change_12m: change,
  vacant_over_1_year: 0, counting_sites: footfall === null ? 0 : 1, sites_reporting: footfall === null ? 0 : 1, footfall_mean_daily: footfall,
  footfall_change_12m: footfallChange,
});

export const STREETS_FIXTURE: StreetRow[] = [
  // small streets: left out of the rankings
  street('rue des Manneliers', 11, 3, 0.2727, 0.1),
  street('rue de Béthune', 60, 15, 0.25, 0.0167, 23575, -0.013),
  street('rue Léon Gambetta', 67, 8, 0.1194, 0, 19740, -0.015),
  street('rue Neuve', 54, 2, 0.037, -0.0183, 32305, 0.025),
];

export const INTERVENTIONS_FIXTURE: InterventionRow[] = [
  { intervention_id: 'LIL-INT-003', name: 'Droit de préemption, rue de Béthune', kind: 'other', street: 'rue de Béthune', quartier: 'Centre',
    start_date: '2025-06-01', end_date: '2026-12-31', site_ids: ['LIL-PED-02'] },
  { intervention_id: 'LIL-INT-001', name: 'Requalification de la rue Léon Gambetta', kind: 'works', street: 'rue Léon Gambetta',
    quartier: 'Wazemmes', start_date: '2024-03-04', end_date: '2024-09-27', site_ids: ['LIL-PED-03', 'LIL-PED-04'] },
];

export const IMPACT_FIXTURE: ImpactResult = {
  commune_insee: '59350',
  intervention: { intervention_id: 'LIL-INT-001', name: 'Requalification de la rue Léon Gambetta', kind: 'works', street: 'rue Léon Gambetta',
    start_date: '2024-03-04', end_date: '2024-09-27', site_ids: ['LIL-PED-03', 'LIL-PED-04'] },
  start: '2024-03-04',
  end: '2024-09-27',
  window_days: 56,
  sites: [
    { site_id: 'LIL-PED-01', name: 'Piétons – rue Neuve', grp: 'control', kind: 'pedestrian', zone: 'Centre-ville', street: 'rue Neuve' },
    { site_id: 'LIL-PED-05', name: 'Piétons – rue Faidherbe', grp: 'control', kind: 'pedestrian', zone: 'Centre-ville', street: 'rue Faidherbe' },
    { site_id: 'LIL-PED-03', name: 'Piétons – rue Léon Gambetta (marché)', grp: 'zone', kind: 'pedestrian', zone: 'Wazemmes', street: 'rue Léon Gambetta' },
    { site_id: 'LIL-PED-04', name: 'Piétons – rue Léon Gambetta (nord)', grp: 'zone', kind: 'pedestrian', zone: 'Wazemmes', street: 'rue Léon Gambetta' },
  ],
  summary: [
    { period: 'before', first_day: '2024-01-08', last_day: '2024-03-03', days: 56, days_compared: 56, zone_mean_daily: 16153.7, control_sites: 12,
      zone_change: null, control_change: null, effect: null, effect_low: null, effect_high: null, change_vs_last_year: -0.012, days_vs_last_year: 56 },
    { period: 'during', first_day: '2024-03-04', last_day: '2024-09-27', days: 208, days_compared: 208, zone_mean_daily: 10590.8, control_sites: 12,
      zone_change: -0.347, control_change: 0.0405, effect: -0.3724, effect_low: -0.4181, effect_high: -0.3231, change_vs_last_year: -0.3537, days_vs_last_year: 208 },
    { period: 'after', first_day: '2024-09-28', last_day: '2024-11-22', days: 56, days_compared: 56, zone_mean_daily: 18630.1, control_sites: 12,
      zone_change: 0.1505, control_change: 0.0476, effect: 0.1023, effect_low: 0.0012, effect_high: 0.2135, change_vs_last_year: 0.133, days_vs_last_year: 56 },
  ],
  daily: [
    { period: 'before', day: '2024-03-03', zone_count: 16000, zone_sites: 2, zone_panel_sites: 2, zone_index: 1.01, control_index: 0.99, control_sites: 12, log_ratio: 0.02 },
    { period: 'during', day: '2024-03-04', zone_count: 10000, zone_sites: 2, zone_panel_sites: 2, zone_index: 0.64, control_index: 1.03, control_sites: 12, log_ratio: -0.476 },
    { period: 'after', day: '2024-09-28', zone_count: null, zone_sites: 0, zone_panel_sites: 2, zone_index: null, control_index: 1.05, control_sites: 12, log_ratio: null },
  ],
};

const day = (d: string, counts: number, sites: number, complete: number, holiday: string | null = null): DayRow => ({
  level: 'zone', kind: 'pedestrian', zone: 'Wazemmes', site_id: null, day: d, count_total: counts, sites, sites_complete: complete,
  hours_ok: complete * 24, hours_fault: (sites - complete) * 24, hours_missing: 0, hours_expected: sites * 24,
  completeness: complete / sites, isodow: 1, day_type: holiday ? 'public_holiday' : 'weekday', public_holiday: holiday, school_holiday: null,
});

export const DAYS_FIXTURE: DayRow[] = [
  day('2025-05-07', 20000, 2, 2),
  day('2025-05-08', 9000, 2, 1, 'Victoire 1945'),
  day('2025-05-09', 21000, 2, 2),
];

/** Tuesday 11:00 and 12:00 only, with the 12:00-14:00 share of a weekday. */
export const PROFILE_FIXTURE: ProfileRow[] = [1, 2, 3, 4, 5].flatMap((isodow) => [
  { year: 2025, level: 'zone', kind: 'pedestrian' as const, zone: 'Wazemmes', site_id: null, isodow, hour_of_day: 12, mean_count: 900, hours_ok: 50, share_of_day: 0.08 },
  { year: 2025, level: 'zone', kind: 'pedestrian' as const, zone: 'Wazemmes', site_id: null, isodow, hour_of_day: 13, mean_count: 800, hours_ok: 50, share_of_day: 0.07 },
  { year: 2025, level: 'zone', kind: 'pedestrian' as const, zone: 'Wazemmes', site_id: null, isodow, hour_of_day: 17, mean_count: isodow === 5 ? 1500 : 1100, hours_ok: 50, share_of_day: 0.1 },
]);

export const TIMELINE_FIXTURE: TimelineRow[] = [
  { premises_id: 'B1', address: '1 rue de Béthune', surface_m2: 80, valid_from: '2019-01-01', valid_to: '2023-05-31', status: 'occupied', activity: 'services', vacant_since: null },
  { premises_id: 'B1', address: '1 rue de Béthune', surface_m2: 80, valid_from: '2023-06-01', valid_to: null, status: 'vacant', activity: null, vacant_since: '2023-06-01' },
  { premises_id: 'B2', address: '3 rue de Béthune', surface_m2: 60, valid_from: '2019-01-01', valid_to: null, status: 'occupied', activity: 'restauration', vacant_since: null },
  // a change after the page's date is not drawn
  { premises_id: 'B3', address: '5 rue de Béthune', surface_m2: 60, valid_from: '2026-03-01', valid_to: null, status: 'vacant', activity: null, vacant_since: '2026-03-01' },
];
