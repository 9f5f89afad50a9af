import type { ApiRow } from '../../api';

/**
 * One row of the KPI catalogue, as `GET /api/v1/kpis?commune=&year=` returns it (view analytics.kpi_catalogue,
 * docs/adr/0012-kpi-catalogue.md): a headline figure with its period, its comparison and its judgment. Pages format
 * these rows; they never judge or recompute them. Every front-end fixture of the catalogue is typed from this,
 * and this from the API's contract (frontend/src/app/api, generated).
 */
export type KpiRow = ApiRow<'getKpis'>;

/** The catalogue row of an indicator (and subject), or null when the commune has none that year. */
export function findKpi(rows: readonly KpiRow[], indicator: string, subject: string | null = null): KpiRow | null {
  return rows.find((row) => row.indicator === indicator && row.subject_id === subject) ?? null;
}
