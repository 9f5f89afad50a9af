import { AreaCollection } from '../../../shared/ui/leaflet-map/map-area';
import { createActionGroup, props } from '@ngrx/store';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import {
  CommerceOverview,
  DayRow,
  DurationRow,
  ImpactResult,
  InterventionRow,
  MixRow,
  PeriodRow,
  PremisesRow,
  ProfileRow,
  SiteRow,
  StreetRow,
  TimelineRow,
  VacancyMonthRow,
  VacancyRow,
  YearOnYear,
} from '../data-access/commerce-rows';

export interface VacancyLoaded {
  commune: string;
  year: number;
  date: string;
  overview: CommerceOverview;
  streets: StreetRow[];
  monthly: VacancyMonthRow[];
  quartierVacancy: VacancyRow[];
  quartiers: QuartierCollection;
  premises: PremisesRow[];
  sites: SiteRow[];
  mix: MixRow[];
  durations: DurationRow[];
  /** The KPI catalogue's commerce rows of the year (the vacancy rate with its judgment and thresholds). */
  kpis: KpiRow[];
}

export interface StreetLoaded {
  commune: string;
  date: string;
  street: string;
  history: StreetRow[];
  /** null when the reader may not see it: the history of each premises is internal (staff only). */
  timeline: TimelineRow[] | null;
  /** null when the reader may not see it: the premises one by one are internal too. */
  premises: PremisesRow[] | null;
  durations: DurationRow[];
  mix: MixRow[];
  interventions: InterventionRow[];
  /** The KPI catalogue's flows rows of the year: the street's footfall per day, as every page gives it. */
  kpis: KpiRow[];
}

export interface FlowsLoaded {
  commune: string;
  year: number;
  from: string;
  to: string;
  sites: SiteRow[];
  months: PeriodRow[];
  /** The commune's contour and its quartiers, drawn as outlines under the counters. */
  outlines: AreaCollection;
}

export const commerceApiActions = createActionGroup({
  source: 'Commerce API',
  events: {
    'Vacancy Loaded Success': props<VacancyLoaded>(),
    'Vacancy Loaded Failure': props<{ error: string }>(),
    'Street Loaded Success': props<StreetLoaded>(),
    'Street Loaded Failure': props<{ error: string }>(),
    'Flows Loaded Success': props<FlowsLoaded>(),
    'Flows Loaded Failure': props<{ error: string }>(),
    'Detail Loaded Success': props<{
      profile: ProfileRow[];
      daily: DayRow[];
      yearOnYear: YearOnYear;
    }>(),
    'Detail Loaded Failure': props<{ error: string }>(),
    'Interventions Loaded Success': props<{
      commune: string;
      interventions: InterventionRow[];
      sites: SiteRow[];
      selected: string | null;
    }>(),
    'Interventions Loaded Failure': props<{ error: string }>(),
    'Impact Loaded Success': props<{ result: ImpactResult }>(),
    'Impact Loaded Failure': props<{ error: string }>(),
  },
});
