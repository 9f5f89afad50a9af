import { quartierAt } from '../../geo/assign-quartiers';
import type { ImportIssue } from '../import-kind';
import { simplify } from '../values';
import { attributeColumns, type Status } from './programmes-columns';
import type { Entry, Quartier } from './programmes-rows';

export interface ProgrammeFields {
  name: string;
  description: string | null;
  function_code: string | null;
  quartier_id: number | null;
  building_id: string | null;
  street: string | null;
  lat: number | null;
  lon: number | null;
  ap_amount_eur: number;
  ap_initial_eur: number | null;
  start_date: string;
  planned_end_date: string;
  expected_end_date: string | null;
  status: Status;
}

export interface ProgrammeRecord {
  programme_id: string;
  programme: ProgrammeFields;
  credits: { year: number; cp_planned_eur: number; cp_executed_eur: number }[];
}

/** Each AP gathered from the rows, its columns merged and checked, its CP in year order. */
export function toRecords(byId: Map<string, Entry>, quartiers: Quartier[], issues: ImportIssue[]): ProgrammeRecord[] {
  const records: ProgrammeRecord[] = [];
  for (const [id, entry] of byId) {
    const merged = mergeRows(id, entry.rows, issues);
    const programme = merged && toProgramme(id, entry.first, merged, quartiers, issues);
    if (!programme) continue;
    records.push({
      programme_id: id,
      programme,
      credits: [...entry.credits]
        .sort(([a], [b]) => a - b)
        .map(([year, c]) => ({ year, cp_planned_eur: c.planned, cp_executed_eur: c.executed })),
    });
  }
  return records;
}

/** The long layout repeats an AP's columns on each of its rows: they must agree (an empty cell agrees with anything). */
function mergeRows(
  id: string,
  rows: { line: number; values: Partial<Record<string, unknown>> }[],
  issues: ImportIssue[],
) {
  const merged: Partial<Record<string, unknown>> = {};
  const from: Record<string, number> = {};
  let ok = true;
  for (const { line, values } of rows) {
    for (const column of attributeColumns) {
      const value = values[column];
      if (value === undefined) continue;
      if (merged[column] === undefined) {
        merged[column] = value;
        from[column] = line;
      } else if (merged[column] !== value) {
        issues.push({
          line,
          column,
          value: String(value),
          reason: `l'AP ${id} a une autre valeur ligne ${from[column]} (« ${merged[column]} »)`,
        });
        ok = false;
      }
    }
  }
  return ok ? merged : undefined;
}

function toProgramme(
  id: string,
  line: number,
  v: Partial<Record<string, unknown>>,
  quartiers: Quartier[],
  issues: ImportIssue[],
): ProgrammeFields | undefined {
  const missing = (['name', 'ap_amount_eur', 'start_date', 'planned_end_date'] as const).filter(
    (c) => v[c] === undefined,
  );
  for (const column of missing)
    issues.push({
      line,
      column,
      value: null,
      reason: `valeur obligatoire manquante pour l'AP ${id}`,
    });
  if (missing.length) return undefined;
  if ((v['planned_end_date'] as string) < (v['start_date'] as string)) {
    issues.push({
      line,
      column: 'planned_end_date',
      value: v['planned_end_date'] as string,
      reason: 'achèvement prévu avant le début',
    });
    return undefined;
  }
  const lat = (v['lat'] as number | undefined) ?? null;
  const lon = (v['lon'] as number | undefined) ?? null;
  const named =
    v['quartier'] === undefined
      ? undefined
      : quartiers.find((q) => simplify(q.name) === simplify(v['quartier'] as string));
  const quartierId = named?.id ?? (lat !== null && lon !== null ? quartierAt(quartiers, lon, lat) : null);
  return {
    name: v['name'] as string,
    description: (v['description'] as string | undefined) ?? null,
    function_code: (v['function_code'] as string | undefined) ?? null,
    quartier_id: quartierId,
    building_id: (v['building_id'] as string | undefined) ?? null,
    street: (v['street'] as string | undefined) ?? null,
    lat,
    lon,
    ap_amount_eur: v['ap_amount_eur'] as number,
    ap_initial_eur: (v['ap_initial_eur'] as number | undefined) ?? null,
    start_date: v['start_date'] as string,
    planned_end_date: v['planned_end_date'] as string,
    expected_end_date: (v['expected_end_date'] as string | undefined) ?? null,
    status: (v['status'] as Status | undefined) ?? 'in_progress',
  };
}
