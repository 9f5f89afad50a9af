import type { ImportKind } from '../import-kind';
import { matchColumns, readTable } from '../read-table';
import { upsertRows } from '../upsert';
import { programmeColumns } from './programmes-columns';
import { type ProgrammeRecord, toRecords } from './programmes-record';
import { gatherProgrammes, loadPlaces, wideColumns } from './programmes-rows';

export type { ProgrammeRecord } from './programmes-record';

/**
 * `programmes`: multi-year investment programmes (autorisations de programme, AP) and their payment credits (CP)
 * per year, as finance departments keep them in a spreadsheet (DOMAIN.md §1, "Programmes (AP/CP)"). Two layouts:
 * long (one row per AP and year: `year;cp_prevus;cp_realises`, the AP's columns repeated) or wide (one row per AP,
 * columns `CP 2024`, `CP réalisés 2024`...). Location: quartier by name, else from the coordinates; building; street.
 */
export const programmesKind: ImportKind<ProgrammeRecord> = {
  kind: 'programmes',
  description: 'Autorisations de programme (AP) pluriannuelles et leurs crédits de paiement (CP) par année',
  formats: ['csv', 'xlsx'],
  columns: programmeColumns,

  async parse(file, ctx) {
    const table = await readTable(file, ctx.fileName);
    if (table.header.length === 0)
      return {
        records: [],
        issues: [{ line: 1, column: null, value: null, reason: 'fichier vide : aucun en-tête' }],
      };
    const { map, issues } = matchColumns(table.header, programmeColumns);
    const wide = wideColumns(table.header);
    if (table.rows.length === 0 && issues.length === 0)
      issues.push({ line: 2, column: null, value: null, reason: 'aucune ligne de données' });
    if (issues.length) return { records: [], issues };

    const places = await loadPlaces(ctx.db, ctx.commune);
    const byId = gatherProgrammes(table, map, wide, places, issues);
    const records = toRecords(byId, places.quartiers, issues);
    return { records: issues.length ? [] : records, issues };
  },

  async write(trx, records, ctx) {
    const programmes = records.map((r) => ({
      commune_insee: ctx.commune,
      programme_id: r.programme_id,
      ...r.programme,
      import_id: ctx.importId,
    }));
    const credits = records.flatMap((r) =>
      r.credits.map((c) => ({
        commune_insee: ctx.commune,
        programme_id: r.programme_id,
        ...c,
        import_id: ctx.importId,
      })),
    );
    const a = await upsertRows(trx, 'programmes', programmes, ['commune_insee', 'programme_id']);
    const b = await upsertRows(trx, 'programme_credits', credits, ['commune_insee', 'programme_id', 'year']);
    return { written: a.written + b.written, unchanged: a.unchanged + b.unchanged };
  },
};
