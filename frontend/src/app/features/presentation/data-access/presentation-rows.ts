import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { OverviewRow } from '../../overview/data-access/overview-row';
import { ProgrammeRow } from '../../brief/data-access/brief-rows';

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

/** Everything a neighbourhood meeting shows: public aggregates only, no account needed. */
export interface PresentationData {
  quartiers: QuartierCollection;
  summaries: QuartierSummary[];
  programmes: ProgrammeRow[];
  operations: OperationRow[];
  overview: OverviewRow[];
}
