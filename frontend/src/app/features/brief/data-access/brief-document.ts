/**
 * `GET /api/v1/brief?commune=&year=`: the council brief as one document, written in French by the server, which
 * prints the same document as `GET /api/v1/brief.pdf` (see backend/src/modules/brief and ADR 0017). The page
 * renders it as is: it never recomputes, rewords or judges a figure.
 */
export interface BriefHeadline {
  family: 'budget' | 'fluids' | 'commerce' | 'flows';
  indicator: string;
  label: string;
  value: number | null;
  unit: string;
  text: string;
  period_label: string;
  complete: boolean;
  comparison: string | null;
  change: number | null;
  change_kind: 'relative' | 'points';
  status: 'ok' | 'watch' | 'alert' | null;
  threshold: string | null;
  source: string;
}

export interface BriefTable {
  caption: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: Record<string, string>[];
  total: Record<string, string> | null;
}

export interface BriefChart {
  title: string;
  option: Record<string, unknown>;
  height: number;
}

export interface BriefSection {
  id: 'figures' | 'alerts' | 'execution' | 'programmes' | 'quartiers';
  title: string;
  sentences: string[];
  figures: BriefHeadline[];
  chart: BriefChart | null;
  tables: BriefTable[];
  source: string;
}

export interface BriefDocument {
  commune: { insee: string; name: string; population: number | null };
  year: number;
  title: string;
  subtitle: string;
  generated_on: string;
  data_as_of: string;
  audience: 'staff' | 'public';
  summary: string[];
  sections: BriefSection[];
}
