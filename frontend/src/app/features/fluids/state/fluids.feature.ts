import { KpiRow } from '../../../shared/kpis/kpi-row';
import { createFeature, createReducer, on } from '@ngrx/store';
import { Reader } from '../../../core/auth/auth.feature';
import { LoadStatus } from '../../../core/context/context.feature';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import {
  AlertRow,
  AlertRuleRow,
  BuildingBalanceRow,
  BuildingDetail,
  BuildingMonthRow,
  CommuneMonthRow,
  CommuneTrajectoryRow,
  CommuneYearRow,
  QualityRow,
  TrajectoryRow,
  TypeYearRow,
} from '../data-access/fluids-rows';
import { fluidsApiActions } from './fluids-api.actions';
import { AlertStatusFilter, MapMode } from './fluids-choices';
import {
  alertsPageActions,
  buildingPageActions,
  fluidsPageActions,
  rulesPageActions,
  trajectoryPageActions,
} from './fluids-page.actions';

interface Loadable {
  status: LoadStatus;
  error: string | null;
}

export interface OverviewSlice extends Loadable {
  commune: string | null;
  year: number | null;
  years: readonly CommuneYearRow[];
  /** The KPI catalogue's fluids rows of the year. */
  kpis: readonly KpiRow[];
  months: readonly CommuneMonthRow[];
  types: readonly TypeYearRow[];
  buildings: readonly BuildingBalanceRow[];
  alerts: readonly AlertRow[];
  quartiers: QuartierCollection | null;
  summaries: readonly QuartierSummary[];
  mapMode: MapMode;
  /** Whom the data loaded were for: the public sees no building. */
  reader: Reader;
}

export interface AlertsSlice extends Loadable {
  commune: string | null;
  alerts: readonly AlertRow[];
  quality: readonly QualityRow[];
  statusFilter: AlertStatusFilter;
  /** Alerts whose acknowledgement is being saved. */
  pending: readonly string[];
  actionError: string | null;
}

export interface BuildingSlice extends Loadable {
  commune: string | null;
  building: string | null;
  detail: BuildingDetail | null;
  months: readonly BuildingMonthRow[];
  trajectory: readonly TrajectoryRow[];
  alerts: readonly AlertRow[];
  quality: readonly QualityRow[];
  yearBuildings: readonly BuildingBalanceRow[];
  /** The fluid of the monthly chart; null = the first the building has. */
  fluid: string | null;
}

export interface TrajectorySlice extends Loadable {
  communeRows: readonly CommuneTrajectoryRow[];
  rows: readonly TrajectoryRow[];
  reader: Reader;
}

export interface RulesSlice extends Loadable {
  commune: string | null;
  rules: readonly AlertRuleRow[];
  buildings: readonly BuildingBalanceRow[];
  saving: boolean;
  actionError: string | null;
}

export interface FluidsState {
  overview: OverviewSlice;
  alerts: AlertsSlice;
  building: BuildingSlice;
  trajectory: TrajectorySlice;
  rules: RulesSlice;
}

const idle = { status: 'idle' as LoadStatus, error: null };

export const initialFluidsState: FluidsState = {
  overview: {
    ...idle,
    commune: null,
    year: null,
    years: [],
    kpis: [],
    months: [],
    types: [],
    buildings: [],
    alerts: [],
    quartiers: null,
    summaries: [],
    mapMode: 'intensity',
    reader: 'public',
  },
  alerts: {
    ...idle,
    commune: null,
    alerts: [],
    quality: [],
    statusFilter: 'open',
    pending: [],
    actionError: null,
  },
  building: {
    ...idle,
    commune: null,
    building: null,
    detail: null,
    months: [],
    trajectory: [],
    alerts: [],
    quality: [],
    yearBuildings: [],
    fluid: null,
  },
  trajectory: { ...idle, communeRows: [], rows: [], reader: 'public' },
  rules: { ...idle, commune: null, rules: [], buildings: [], saving: false, actionError: null },
};

const loading = { status: 'loading' as LoadStatus, error: null };
const failed = (error: string) => ({ status: 'error' as LoadStatus, error });

/** Replaces an alert in a list (after an acknowledgement), keeping its place. */
function replaceAlert(alerts: readonly AlertRow[], key: string, change: Partial<AlertRow>): AlertRow[] {
  return alerts.map((alert) => (alert.alert_key === key ? { ...alert, ...change } : alert));
}

export const fluidsFeature = createFeature({
  name: 'fluids',
  reducer: createReducer(
    initialFluidsState,
    on(fluidsPageActions.opened, (state): FluidsState => ({
      ...state,
      overview: { ...state.overview, ...loading },
    })),
    on(fluidsPageActions.mapModeChanged, (state, { mode }): FluidsState => ({
      ...state,
      overview: { ...state.overview, mapMode: mode },
    })),
    on(fluidsApiActions.overviewLoadedSuccess, (state, loaded): FluidsState => ({
      ...state,
      overview: {
        ...state.overview,
        status: 'loaded',
        commune: loaded.commune,
        year: loaded.year,
        years: loaded.years,
        kpis: loaded.kpis,
        months: loaded.months,
        types: loaded.types,
        buildings: loaded.buildings,
        alerts: loaded.alerts,
        quartiers: loaded.quartiers,
        summaries: loaded.summaries,
        reader: loaded.reader,
      },
    })),
    on(fluidsApiActions.overviewLoadedFailure, (state, { error }): FluidsState => ({
      ...state,
      overview: { ...state.overview, ...failed(error) },
    })),

    on(alertsPageActions.opened, (state): FluidsState => ({
      ...state,
      alerts: { ...state.alerts, ...loading, actionError: null },
    })),
    on(alertsPageActions.statusFilterChanged, (state, { status }): FluidsState => ({
      ...state,
      alerts: { ...state.alerts, statusFilter: status },
    })),
    on(alertsPageActions.acknowledgeClicked, alertsPageActions.unacknowledgeClicked, (state, { key }): FluidsState => ({
      ...state,
      alerts: { ...state.alerts, pending: [...state.alerts.pending, key], actionError: null },
    })),
    on(fluidsApiActions.alertsLoadedSuccess, (state, { commune, alerts, quality }): FluidsState => ({
      ...state,
      alerts: { ...state.alerts, status: 'loaded', commune, alerts, quality },
    })),
    on(fluidsApiActions.alertsLoadedFailure, (state, { error }): FluidsState => ({
      ...state,
      alerts: { ...state.alerts, ...failed(error) },
    })),
    on(fluidsApiActions.alertAcknowledgedSuccess, (state, { alert }): FluidsState => {
      const change = {
        acknowledged: true,
        acknowledged_at: alert.acknowledged_at,
        acknowledged_by: alert.acknowledged_by,
        comment: alert.comment,
      };
      return {
        ...state,
        alerts: {
          ...state.alerts,
          alerts: replaceAlert(state.alerts.alerts, alert.alert_key, change),
          pending: state.alerts.pending.filter((key) => key !== alert.alert_key),
        },
        overview: {
          ...state.overview,
          alerts: replaceAlert(state.overview.alerts, alert.alert_key, change),
        },
        building: {
          ...state.building,
          alerts: replaceAlert(state.building.alerts, alert.alert_key, change),
        },
      };
    }),
    on(fluidsApiActions.alertUnacknowledgedSuccess, (state, { key }): FluidsState => {
      const change = {
        acknowledged: false,
        acknowledged_at: null,
        acknowledged_by: null,
        comment: null,
      };
      return {
        ...state,
        alerts: {
          ...state.alerts,
          alerts: replaceAlert(state.alerts.alerts, key, change),
          pending: state.alerts.pending.filter((pending) => pending !== key),
        },
        overview: { ...state.overview, alerts: replaceAlert(state.overview.alerts, key, change) },
        building: { ...state.building, alerts: replaceAlert(state.building.alerts, key, change) },
      };
    }),
    on(fluidsApiActions.acknowledgementFailure, (state, { key, error }): FluidsState => ({
      ...state,
      alerts: {
        ...state.alerts,
        pending: state.alerts.pending.filter((pending) => pending !== key),
        actionError: error,
      },
    })),

    on(buildingPageActions.opened, (state, { building }): FluidsState => ({
      ...state,
      building: {
        ...state.building,
        ...loading,
        fluid: building === state.building.building ? state.building.fluid : null,
      },
    })),
    on(buildingPageActions.fluidSelected, (state, { fluid }): FluidsState => ({
      ...state,
      building: { ...state.building, fluid },
    })),
    on(fluidsApiActions.buildingLoadedSuccess, (state, loaded): FluidsState => ({
      ...state,
      building: {
        ...state.building,
        status: 'loaded',
        commune: loaded.commune,
        building: loaded.building,
        detail: loaded.detail,
        months: loaded.months,
        trajectory: loaded.trajectory,
        alerts: loaded.alerts,
        quality: loaded.quality,
        yearBuildings: loaded.yearBuildings,
      },
    })),
    on(fluidsApiActions.buildingLoadedFailure, (state, { error }): FluidsState => ({
      ...state,
      building: { ...state.building, ...failed(error) },
    })),

    on(trajectoryPageActions.opened, (state): FluidsState => ({
      ...state,
      trajectory: { ...state.trajectory, ...loading },
    })),
    on(fluidsApiActions.trajectoryLoadedSuccess, (state, { communeRows, rows, reader }): FluidsState => ({
      ...state,
      trajectory: { status: 'loaded', error: null, communeRows, rows, reader },
    })),
    on(fluidsApiActions.trajectoryLoadedFailure, (state, { error }): FluidsState => ({
      ...state,
      trajectory: { ...state.trajectory, ...failed(error) },
    })),

    on(rulesPageActions.opened, (state): FluidsState => ({
      ...state,
      rules: { ...state.rules, ...loading, actionError: null },
    })),
    on(rulesPageActions.ruleSubmitted, rulesPageActions.ruleDeleted, (state): FluidsState => ({
      ...state,
      rules: { ...state.rules, saving: true, actionError: null },
    })),
    on(fluidsApiActions.rulesLoadedSuccess, (state, { commune, rules, buildings }): FluidsState => ({
      ...state,
      rules: { ...state.rules, status: 'loaded', commune, rules, buildings },
    })),
    on(fluidsApiActions.rulesLoadedFailure, (state, { error }): FluidsState => ({
      ...state,
      rules: { ...state.rules, ...failed(error) },
    })),
    on(fluidsApiActions.ruleCreatedSuccess, (state, { rule }): FluidsState => ({
      ...state,
      rules: { ...state.rules, saving: false, rules: [...state.rules.rules, rule] },
    })),
    on(fluidsApiActions.ruleDeletedSuccess, (state, { id }): FluidsState => ({
      ...state,
      rules: {
        ...state.rules,
        saving: false,
        rules: state.rules.rules.filter((rule) => rule.id !== id),
      },
    })),
    on(fluidsApiActions.ruleChangeFailure, (state, { error }): FluidsState => ({
      ...state,
      rules: { ...state.rules, saving: false, actionError: error },
    })),
  ),
});
