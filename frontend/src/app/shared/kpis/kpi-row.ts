/**
 * One row of the KPI catalogue, as `GET /api/v1/kpis?commune=&year=` returns it (view analytics.kpi_catalogue,
 * docs/adr/0012-kpi-catalogue.md): a headline figure with its period, its comparison and its judgment. Pages format
 * these rows; they never judge or recompute them. Every front-end fixture of the catalogue is typed from this.
 */
export interface KpiRow {
  commune_insee: string;
  family: 'budget' | 'fluids' | 'commerce' | 'flows' | 'alerts';
  indicator: string;
  /** French label; says "corrigée du climat" when weather_corrected. */
  label: string;
  /** null for the commune as a whole; the street for street_footfall. */
  subject_id: string | null;
  subject_label: string | null;
  year: number;
  /** 'year': a flow over the months covered; 'month'; 'date': a stock at period_end. */
  period_kind: 'year' | 'month' | 'date';
  period_start: string;
  period_end: string;
  months_covered: number;
  /** false for the year in progress (January to its latest month with data). */
  complete: boolean;
  value: number | null;
  unit: 'EUR' | 'kWh' | 'fraction' | 'years' | 'count' | 'per_day';
  /** The same months of the year before. */
  comparison_value: number | null;
  comparison_start: string | null;
  comparison_end: string | null;
  /** relative: value / comparison - 1; points: value - comparison (0.012 = 1,2 pt). */
  change: number | null;
  change_kind: 'relative' | 'points' | null;
  status: 'ok' | 'watch' | 'alert' | null;
  threshold: number | null;
  watch_threshold: number | null;
  threshold_direction: 'below' | 'above' | null;
  threshold_judged_on: 'value' | 'change' | null;
  threshold_source: 'commune' | 'default' | null;
  weather_corrected: boolean;
  is_public: boolean;
}

/** The catalogue row of an indicator (and subject), or null when the commune has none that year. */
export function findKpi(rows: readonly KpiRow[], indicator: string, subject: string | null = null): KpiRow | null {
  return rows.find((row) => row.indicator === indicator && row.subject_id === subject) ?? null;
}
