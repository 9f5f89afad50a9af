import type { ApiRow } from '../../../api';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { OverviewRow } from '../../overview';
import { ProgrammeRow } from '../../alerts';

export type { ProgrammeRow };

/** One programme's payment credits in a quartier that year (`GET /api/v1/budget/investment/operations`). */
export type OperationRow = ApiRow<'getBudgetInvestmentOperations'>;

/** A shopping street at a month end (`GET /api/v1/commerce/streets`, public aggregate by street). */
export type StreetRow = ApiRow<'getCommerceStreets'>;

/** Everything a neighbourhood meeting shows: public aggregates only, no account needed. */
export interface PresentationData {
  quartiers: QuartierCollection;
  summaries: QuartierSummary[];
  programmes: ProgrammeRow[];
  operations: OperationRow[];
  overview: OverviewRow[];
  streets: StreetRow[];
}
