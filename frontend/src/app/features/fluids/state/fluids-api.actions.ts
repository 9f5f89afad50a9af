import { KpiRow } from '../../../shared/kpis/kpi-row';
import { createActionGroup, props } from '@ngrx/store';
import { Reader } from '../../../core/auth/auth.feature';
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

export const fluidsApiActions = createActionGroup({
  source: 'Fluids API',
  events: {
    'Overview Loaded Success': props<{
      commune: string;
      year: number;
      years: CommuneYearRow[];
      /** The KPI catalogue's fluids rows of the year: what the cards show. */
      kpis: KpiRow[];
      months: CommuneMonthRow[];
      types: TypeYearRow[];
      /** Internal: empty for the public, who never asks for them. */
      buildings: BuildingBalanceRow[];
      alerts: AlertRow[];
      quartiers: QuartierCollection;
      summaries: QuartierSummary[];
      reader: Reader;
    }>(),
    'Overview Loaded Failure': props<{ error: string }>(),
    'Alerts Loaded Success': props<{
      commune: string;
      alerts: AlertRow[];
      quality: QualityRow[];
    }>(),
    'Alerts Loaded Failure': props<{ error: string }>(),
    'Alert Acknowledged Success': props<{ alert: AlertRow }>(),
    'Alert Unacknowledged Success': props<{ key: string }>(),
    'Acknowledgement Failure': props<{ key: string; error: string }>(),
    'Building Loaded Success': props<{
      commune: string;
      building: string;
      detail: BuildingDetail;
      months: BuildingMonthRow[];
      trajectory: TrajectoryRow[];
      alerts: AlertRow[];
      quality: QualityRow[];
      yearBuildings: BuildingBalanceRow[];
    }>(),
    'Building Loaded Failure': props<{ error: string }>(),
    'Trajectory Loaded Success': props<{
      commune: string;
      year: number;
      communeRows: CommuneTrajectoryRow[];
      /** The buildings (internal): empty for the public. */
      rows: TrajectoryRow[];
      reader: Reader;
    }>(),
    'Trajectory Loaded Failure': props<{ error: string }>(),
    'Rules Loaded Success': props<{
      commune: string;
      rules: AlertRuleRow[];
      buildings: BuildingBalanceRow[];
    }>(),
    'Rules Loaded Failure': props<{ error: string }>(),
    'Rule Created Success': props<{ rule: AlertRuleRow }>(),
    'Rule Deleted Success': props<{ id: number }>(),
    'Rule Change Failure': props<{ error: string }>(),
  },
});
