import { quartierAt } from '../../geo/assign-quartiers';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ColumnDoc, ImportIssue, ImportKind } from '../import-kind';
import { matchColumns, normaliseHeader, readTable, type TableRow } from '../read-table';
import { upsertRows } from '../upsert';
import { RowReader, simplify } from '../values';

type Status = 'planned' | 'in_progress' | 'done' | 'suspended';

interface ProgrammeFields {
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

const columns: readonly ColumnDoc[] = [
  {
    name: 'programme_id',
    required: true,
    description: "Numéro de l'autorisation de programme (AP)",
    aliases: ['numero_ap', 'n_ap', 'code_ap', 'ap', 'id', 'programme', 'numero'],
  },
  {
    name: 'name',
    required: true,
    description: "Intitulé de l'AP",
    aliases: ['libelle', 'intitule', 'nom', 'libelle_ap'],
  },
  { name: 'description', required: false, description: 'Description', aliases: ['objet'] },
  {
    name: 'function_code',
    required: false,
    description: 'Code fonctionnel M57 (ex. 212)',
    aliases: ['fonction', 'code_fonction'],
  },
  {
    name: 'quartier',
    required: false,
    description: 'Quartier (nom, tel que dans les quartiers importés) ; sinon déduit des coordonnées',
    aliases: ['nom_quartier'],
  },
  {
    name: 'building_id',
    required: false,
    description: 'Bâtiment concerné (building_id des bâtiments importés)',
    aliases: ['batiment', 'code_batiment', 'id_batiment'],
  },
  {
    name: 'street',
    required: false,
    description: 'Rue ou voie concernée',
    aliases: ['rue', 'voie', 'adresse'],
  },
  { name: 'lat', required: false, description: 'Latitude WGS84', aliases: ['latitude'] },
  { name: 'lon', required: false, description: 'Longitude WGS84', aliases: ['longitude', 'lng'] },
  {
    name: 'ap_amount_eur',
    required: true,
    description: "Montant de l'AP en vigueur (après révisions), euros",
    aliases: ['montant_ap', 'ap_votee', 'ap_actuelle', 'montant_autorise', 'ap_revisee', 'montant'],
  },
  {
    name: 'ap_initial_eur',
    required: false,
    description: "Montant de l'AP au premier vote, euros",
    aliases: ['ap_initiale', 'montant_initial', 'ap_votee_initiale'],
  },
  {
    name: 'start_date',
    required: true,
    description: 'Date de début (AAAA-MM-JJ ou JJ/MM/AAAA)',
    aliases: ['date_debut', 'debut'],
  },
  {
    name: 'planned_end_date',
    required: true,
    description: "Date d'achèvement prévue au vote",
    aliases: ['date_fin_prevue', 'fin_prevue', 'achevement_prevu'],
  },
  {
    name: 'expected_end_date',
    required: false,
    description: "Date d'achèvement aujourd'hui estimée (glissement)",
    aliases: ['date_fin_estimee', 'fin_estimee', 'fin_previsionnelle', 'achevement_estime'],
  },
  {
    name: 'status',
    required: false,
    description: 'Statut : prévu, en cours, terminé, suspendu',
    aliases: ['statut', 'etat'],
  },
  {
    name: 'year',
    required: false,
    description: 'Format long : exercice des crédits de paiement de la ligne',
    aliases: ['annee', 'exercice'],
  },
  {
    name: 'cp_planned_eur',
    required: false,
    description: "Format long : CP prévus (votés) de l'exercice",
    aliases: ['cp_prevus', 'cp_prevu', 'cp_votes', 'cp_vote', 'credits_de_paiement_prevus'],
  },
  {
    name: 'cp_executed_eur',
    required: false,
    description: "Format long : CP réalisés (mandatés) de l'exercice",
    aliases: ['cp_realises', 'cp_realise', 'cp_mandates', 'cp_mandate', 'cp_consommes', 'credits_de_paiement_realises'],
  },
];

const statusSynonyms: Record<string, Status> = {
  prevu: 'planned',
  prevue: 'planned',
  planned: 'planned',
  'a venir': 'planned',
  programme: 'planned',
  'en cours': 'in_progress',
  encours: 'in_progress',
  in_progress: 'in_progress',
  'in progress': 'in_progress',
  termine: 'done',
  terminee: 'done',
  acheve: 'done',
  achevee: 'done',
  solde: 'done',
  soldee: 'done',
  done: 'done',
  clos: 'done',
  close: 'done',
  suspendu: 'suspended',
  suspendue: 'suspended',
  suspended: 'suspended',
  gele: 'suspended',
  'en pause': 'suspended',
};

/** Wide layout: one column per year, "CP 2024" / "CP prévus 2024" (planned) and "CP réalisés 2024" (executed). */
function wideCreditColumn(header: string): { year: number; kind: 'planned' | 'executed' } | undefined {
  const h = normaliseHeader(header);
  const match = /^cp_(?:(\w+?)_)?(\d{4})(?:_(\w+))?$/.exec(h);
  if (!match) return undefined;
  const word = match[1] ?? match[3] ?? '';
  const kind = /^(realise|realises|mandate|mandates|consomme|consommes|execute|executes)$/.test(word)
    ? 'executed'
    : /^(|prevu|prevus|vote|votes|budget|inscrit|inscrits)$/.test(word)
      ? 'planned'
      : undefined;
  return kind ? { year: Number(match[2]), kind } : undefined;
}

const attributeColumns = [
  'name',
  'description',
  'function_code',
  'quartier',
  'building_id',
  'street',
  'lat',
  'lon',
  'ap_amount_eur',
  'ap_initial_eur',
  'start_date',
  'planned_end_date',
  'expected_end_date',
  'status',
] as const;

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
  columns,

  async parse(file, ctx) {
    const table = await readTable(file, ctx.fileName);
    if (table.header.length === 0)
      return {
        records: [],
        issues: [{ line: 1, column: null, value: null, reason: 'fichier vide : aucun en-tête' }],
      };
    const { map, issues } = matchColumns(table.header, columns);
    const wide = table.header
      .map((h) => ({ header: h, column: wideCreditColumn(h) }))
      .filter((w) => w.column !== undefined);
    if (table.rows.length === 0 && issues.length === 0)
      issues.push({ line: 2, column: null, value: null, reason: 'aucune ligne de données' });
    if (issues.length) return { records: [], issues };

    const quartiers = (await ctx
      .db('quartiers')
      .where({ commune_insee: ctx.commune })
      .select('id', 'name', 'geometry')) as {
      id: number;
      name: string;
      geometry: PolygonGeometry;
    }[];
    const buildings = new Set(
      (await ctx.db('buildings').where({ commune_insee: ctx.commune }).pluck('building_id')) as string[],
    );

    type Values = Partial<Record<(typeof attributeColumns)[number], unknown>>;
    interface Entry {
      first: number;
      rows: { line: number; values: Values }[];
      credits: Map<number, { line: number; planned: number; executed: number }>;
    }
    const byId = new Map<string, Entry>();
    for (const raw of table.rows) {
      const row: TableRow = {
        line: raw.line,
        cells: Object.fromEntries(Object.entries(map).map(([name, header]) => [name, raw.cells[header] ?? ''])),
      };
      for (const w of wide) row.cells[w.header] = raw.cells[w.header] ?? '';
      const r = new RowReader(row, issues);
      const id = r.text('programme_id', { required: true, max: 50 });
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

      const year = r.integer('year', { min: 1990, max: 2100 });
      const planned = r.number('cp_planned_eur', { min: -1e13, max: 1e13 });
      const executed = r.number('cp_executed_eur', { min: -1e13, max: 1e13 });
      if (year === undefined && (planned !== undefined || executed !== undefined))
        r.fail('year', 'exercice manquant pour les CP de la ligne');
      const credits: { year: number; planned?: number; executed?: number }[] = [];
      if (year !== undefined) credits.push({ year, planned, executed });
      for (const w of wide) {
        const value = r.number(w.header, { min: -1e13, max: 1e13 });
        if (value !== undefined) credits.push({ year: w.column!.year, [w.column!.kind]: value });
      }
      if (!r.ok || !id) continue;

      const entry: Entry = byId.get(id) ?? { first: r.line, rows: [], credits: new Map() };
      entry.rows.push({ line: r.line, values });
      for (const c of credits) {
        const existing = entry.credits.get(c.year);
        if (existing && existing.line !== r.line) {
          issues.push({
            line: r.line,
            column: 'year',
            value: String(c.year),
            reason: `CP ${c.year} de l'AP ${id} déjà donnés ligne ${existing.line}`,
          });
          continue;
        }
        const slot = existing ?? { line: r.line, planned: 0, executed: 0 };
        if (c.planned !== undefined) slot.planned = c.planned;
        if (c.executed !== undefined) slot.executed = c.executed;
        entry.credits.set(c.year, slot);
      }
      byId.set(id, entry);
    }

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
  quartiers: { id: number; name: string; geometry: PolygonGeometry }[],
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
