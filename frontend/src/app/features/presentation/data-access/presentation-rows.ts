import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { OverviewRow } from '../../overview';
import { ProgrammeRow } from '../../alerts';

export type { ProgrammeRow };

/** One programme's payment credits in a quartier that year (`GET /api/v1/budget/investment/operations`). */
export interface OperationRow {
  programme_id: string;
  name: string;
  status: string;
  year: number;
  cp_executed_eur: number;
  ap_amount_eur: number;
  quartier_id: number | null;
  quartier: string | null;
  building_name: string | null;
  street: string | null;
}

/** A shopping street at a month end (`GET /api/v1/commerce/streets`, public aggregate by street). */
export interface StreetRow {
  month: string;
  street: string;
  quartier: string | null;
  premises: number;
  vacant: number;
  vacancy_rate: number | null;
  footfall_mean_daily: number | null;
  footfall_change_12m: number | null;
}

/** Everything a neighbourhood meeting shows: public aggregates only, no account needed. */
export interface PresentationData {
  quartiers: QuartierCollection;
  summaries: QuartierSummary[];
  programmes: ProgrammeRow[];
  operations: OperationRow[];
  overview: OverviewRow[];
  streets: StreetRow[];
}
