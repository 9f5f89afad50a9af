import { z } from 'zod';
import { inseeCode, year } from '../../http/validate';

/** GET /brief?commune=&year= and GET /brief.pdf?commune=&year=: both parameters required. */
export const briefQuery = z.object({ commune: inseeCode, year });
export type BriefQuery = z.infer<typeof briefQuery>;

export type Family = 'budget' | 'fluids' | 'commerce' | 'flows';
/** ok / watch / alert, as the KPI catalogue judges (issue 12); null when no threshold applies. */
export type HeadlineStatus = 'ok' | 'watch' | 'alert';

/** One headline figure, as read from the one place that holds them (headline-source.ts), already in French. */
export interface Headline {
  family: Family;
  indicator: string;
  label: string;
  value: number | null;
  unit: string;
  /** The value in French: "12,2 %", "6,8 M€", "156 200 par jour". */
  text: string;
  period_label: string;
  complete: boolean;
  /** "−10,6 % par rapport à 2024", "+0,4 point par rapport à 2024"; null without a comparable period. */
  comparison: string | null;
  change: number | null;
  change_kind: 'relative' | 'points';
  status: HeadlineStatus | null;
  /** "alerte sous 10,0 %, critique sous 7,0 %" when a threshold applies. */
  threshold: string | null;
  source: string;
}

/** An alert of the alerts centre (its own row and severity): critical first, all of them. */
export interface BriefAlert {
  key: string;
  family: Family;
  kind: string;
  severity: 'critical' | 'watch';
  subject: string;
  quartier: string | null;
  /** "+31,0 % au-delà de l'AP (2 300 218 € pour 1 756 000 €)". */
  finding: string;
  cost_eur: number | null;
}

/** A table of the brief: every cell already written in French, so the page and the PDF print the same text. */
export interface BriefTable {
  caption: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: Record<string, string>[];
  /** A total or footer line, written like a row. */
  total: Record<string, string> | null;
}

/** A chart as an ECharts option (plain JSON, no functions): drawn by the page, and as SVG vectors in the PDF. */
export interface BriefChart {
  title: string;
  option: Record<string, unknown>;
  /** Height in CSS pixels at A4 width (the PDF scales it to the column). */
  height: number;
}

export type SectionId = 'figures' | 'alerts' | 'execution' | 'programmes' | 'quartiers';

export interface BriefSection {
  id: SectionId;
  title: string;
  /** Sentences a council reads before the table: what the figures say. */
  sentences: string[];
  figures: Headline[];
  chart: BriefChart | null;
  tables: BriefTable[];
  /** Where the figures come from. */
  source: string;
}

/** The council brief: one JSON document that the page renders and the PDF prints. */
export interface BriefDocument {
  commune: { insee: string; name: string; population: number | null };
  year: number;
  title: string;
  subtitle: string;
  generated_on: string;
  /** "Données : budget au 31 déc. 2025, fluides au 31 oct. 2026…". */
  data_as_of: string;
  /** Internal parts (alerts) are shown to elected officials and agents only. */
  audience: 'staff' | 'public';
  /** The four or five sentences to read first. */
  summary: string[];
  sections: BriefSection[];
}
