import { createActionGroup, props } from '@ngrx/store';
import { QuartierCollection, QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { OverviewRow } from '../data-access/overview-row';

export const overviewApiActions = createActionGroup({
  source: 'Overview API',
  events: {
    /** The key figures (the catalogue's rows of the year, the years for the sparklines): painted first. */
    'Loaded Success': props<{ commune: string; year: number; rows: OverviewRow[]; kpis: KpiRow[] }>(),
    /** The quartier shapes and figures of the map, further down the page. */
    'Quartiers Loaded Success': props<{
      commune: string;
      year: number;
      quartiers: QuartierCollection;
      summaries: QuartierSummary[];
    }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
