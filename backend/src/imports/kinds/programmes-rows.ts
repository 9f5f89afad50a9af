import type { Knex } from 'knex';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue } from '../import-kind';
import type { Table, TableRow } from '../read-table';
import { RowReader, simplify } from '../values';
import { type AttributeColumn, statusSynonyms, wideCreditColumn } from './programmes-columns';

export type Values = Partial<Record<AttributeColumn, unknown>>;

export interface Quartier {
  id: number;
  name: string;
  geometry: PolygonGeometry;
}

/** What the rows of an AP name must exist in the commune: its quartiers (by name) and buildings. */
export interface Places {
  quartiers: Quartier[];
  buildings: Set<string>;
}

/** One AP as its rows give it: the first line, each row's values, and its CP by year. */
export interface Entry {
  first: number;
  rows: { line: number; values: Values }[];
  credits: Map<number, { line: number; planned: number; executed: number }>;
}

/** A wide-layout CP column ("CP 2024", "CP réalisés 2024"): its header, year and planned or executed. */
export interface WideColumn {
  header: string;
  year: number;
  kind: 'planned' | 'executed';
}

type Credit = { year: number; planned?: number; executed?: number };

export function wideColumns(header: string[]): WideColumn[] {
  return header.flatMap((h) => {
    const column = wideCreditColumn(h);
    return column ? [{ header: h, ...column }] : [];
  });
}

export async function loadPlaces(db: Knex, commune: string): Promise<Places> {
  const quartiers = (await db('quartiers')
    .where({ commune_insee: commune })
    .select('id', 'name', 'geometry')) as Quartier[];
  const buildings = new Set((await db('buildings').where({ commune_insee: commune }).pluck('building_id')) as string[]);
  return { quartiers, buildings };
}

/** Every row read, checked and gathered by AP (programme_id); a CP year given twice for one AP is refused. */
export function gatherProgrammes(
  table: Table,
  map: Record<string, string>,
  wide: WideColumn[],
  places: Places,
  issues: ImportIssue[],
): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const raw of table.rows) {
    const row: TableRow = {
      line: raw.line,
      cells: Object.fromEntries(Object.entries(map).map(([name, header]) => [name, raw.cells[header] ?? ''])),
    };
    for (const w of wide) row.cells[w.header] = raw.cells[w.header] ?? '';
    const r = new RowReader(row, issues);
    const id = r.text('programme_id', { required: true, max: 50 });
    const values = readValues(r, places);
    const credits = readCredits(r, wide);
    if (!r.ok || !id) continue;

    const entry: Entry = byId.get(id) ?? { first: r.line, rows: [], credits: new Map() };
    entry.rows.push({ line: r.line, values });
    addCredits(entry, id, r.line, credits, issues);
    byId.set(id, entry);
  }
  return byId;
}

/** The AP's own columns of a row, each read and checked (function code, building, quartier, coordinates). */
function readValues(r: RowReader, { quartiers, buildings }: Places): Values {
  const values: Values = {
    name: r.text('name', { max: 300 }),
    description: r.text('description', { max: 2000 }),
    function_code: r.text('function_code', { max: 4 }),
    quartier: r.text('quartier', { max: 200 }),
    building_id: r.text('building_id', { max: 50 }),
    street: r.text('street', { max: 200 }),
    lat: r.number('lat', { min: 41, max: 52 }),
    lon: r.number('lon', { min: -6, max: 10 }),
    ap_amount_eur: r.number('ap_amount_eur', { min: 0, max: 1e13 }),
    ap_initial_eur: r.number('ap_initial_eur', { min: 0, max: 1e13 }),
    start_date: r.date('start_date'),
    planned_end_date: r.date('planned_end_date'),
    expected_end_date: r.date('expected_end_date'),
    status: r.oneOf('status', statusSynonyms),
  };
  if (values.function_code !== undefined && !/^\d{1,4}$/.test(values.function_code as string))
    r.fail('function_code', 'code fonctionnel invalide (1 à 4 chiffres)');
  if (values.building_id !== undefined && !buildings.has(values.building_id as string))
    r.fail('building_id', "bâtiment inconnu pour cette commune (importez d'abord les bâtiments)");
  if (
    values.quartier !== undefined &&
    !quartiers.some((q) => simplify(q.name) === simplify(values.quartier as string))
  ) {
    r.fail(
      'quartier',
      `quartier inconnu (quartiers de la commune : ${quartiers.map((q) => q.name).join(', ') || 'aucun importé'})`,
    );
  }
  if ((r.raw('lat') === '') !== (r.raw('lon') === ''))
    r.fail(r.raw('lat') === '' ? 'lat' : 'lon', 'latitude et longitude vont ensemble');
  return values;
}

/** The CP a row gives: the long layout's year and amounts, and the wide layout's columns. */
function readCredits(r: RowReader, wide: WideColumn[]): Credit[] {
  const year = r.integer('year', { min: 1990, max: 2100 });
  const planned = r.number('cp_planned_eur', { min: -1e13, max: 1e13 });
  const executed = r.number('cp_executed_eur', { min: -1e13, max: 1e13 });
  if (year === undefined && (planned !== undefined || executed !== undefined))
    r.fail('year', 'exercice manquant pour les CP de la ligne');
  const credits: Credit[] = [];
  if (year !== undefined) credits.push({ year, planned, executed });
  for (const w of wide) {
    const value = r.number(w.header, { min: -1e13, max: 1e13 });
    if (value !== undefined) credits.push({ year: w.year, [w.kind]: value });
  }
  return credits;
}

/** A row's CP added to its AP's: one line per year and AP (planned and executed may come from two columns of it). */
function addCredits(entry: Entry, id: string, line: number, credits: Credit[], issues: ImportIssue[]): void {
  for (const c of credits) {
    const existing = entry.credits.get(c.year);
    if (existing && existing.line !== line) {
      issues.push({
        line,
        column: 'year',
        value: String(c.year),
        reason: `CP ${c.year} de l'AP ${id} déjà donnés ligne ${existing.line}`,
      });
      continue;
    }
    const slot = existing ?? { line, planned: 0, executed: 0 };
    if (c.planned !== undefined) slot.planned = c.planned;
    if (c.executed !== undefined) slot.executed = c.executed;
    entry.credits.set(c.year, slot);
  }
}
