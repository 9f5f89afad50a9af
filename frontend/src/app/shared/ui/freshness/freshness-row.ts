/** One data source of a commune, as `GET /api/v1/health?commune=` lists it under `freshness`. */
export interface FreshnessRow {
  commune_insee: string;
  /** budget, fluids, degree-days, commerce or counts. */
  source: string;
  /** ISO timestamp of the last landed import; null for data loaded otherwise (the demo). */
  last_import_at: string | null;
  /** Latest date the data covers, YYYY-MM-DD. */
  latest_data: string | null;
}

export interface HealthBody {
  status: string;
  demo: boolean;
  freshness: FreshnessRow[];
}
