import type { Knex } from 'knex';
import type { ImportContext, ImportIssue, ImportKind, ImportSummary, ParseResult } from '../import-kind';
import { normaliseHeader, readColumns, readTable, type TableRow } from '../read-table';
import { copyUpsertRows } from '../upsert-copy';
import { checkDuplicates } from '../values';
import { isBalanceHeader, readBalance } from './budget-balance';
import { type BudgetClue, budgetKey, type BudgetRef, resolveBudgets, writeBudgets } from './budget-budgets';
import {
  type BudgetLineRecord,
  chooseNomenclatures,
  type CodeColumns,
  converterColumns,
  isPrincipalRevenue,
  type LineDraft,
  placeLine,
  readLines,
  readNomenclature,
  schemaColumns,
} from './budget-lines';
import {
  chapterFromAccount,
  chapterOf,
  detectSwappedCodes,
  dmNumberFromFileName,
  loadReferences,
  readSiret,
  type References,
} from './budget-scdl';
import { mergeThirdPartyParts } from './budget-third-party';
import { looksLikeTotem, readTotem, type TotemHeader, totemElementOf, TotemXmlError } from './budget-totem';

export type { BudgetLineRecord } from './budget-lines';

/** A stored line and the budget it belongs to (registered in `budgets` when the line lands). */
export type BudgetImportRecord = BudgetLineRecord & {
  /** The budget the line belongs to (registered when it lands) and the layout it was read from; not stored. */
  budgetRef: BudgetRef & { authoritativeName: boolean; layout: string };
};

const amount = (name: string, description: string) => ({ name, required: false, description });

/** The SCDL "budget" columns, in the schema's order, then two optional columns the schema lacks. */
const columns = [
  {
    name: 'BGT_NATDEC',
    required: true,
    description:
      'Étape : budget primitif, budget supplémentaire, décision modificative, compte administratif (aussi BP, BS, DM, CA, CFU, codes TOTEM 01, 03, 02, 09, 10)',
    aliases: ['natdec', 'etape', 'etape_budgetaire'],
  },
  { name: 'BGT_ANNEE', required: true, description: 'Exercice (année)', aliases: ['annee', 'exercice'] },
  {
    name: 'BGT_SIRET',
    required: false,
    description:
      'SIRET du budget (14 chiffres) : son SIREN doit être celui de la commune ; un autre NIC que celui du budget principal est un budget annexe',
    aliases: ['siret'],
  },
  { name: 'BGT_NOM', required: false, description: 'Nom de la collectivité ou du budget', aliases: ['nom'] },
  {
    name: 'BGT_CONTNAT',
    required: true,
    description:
      "Compte par nature (article) selon le schéma ; les convertisseurs TOTEM y écrivent le chapitre (ContNat), vide sur les lignes ordinaires : il est alors déduit de l'article par le plan de comptes",
    aliases: ['contnat', 'compte', 'article'],
  },
  { name: 'BGT_CONTNAT_LABEL', required: false, description: 'Libellé du compte (ou du chapitre)' },
  {
    name: 'BGT_NATURE',
    required: true,
    description: "Chapitre par nature selon le schéma (011, 012, 65, 21...) ; l'article chez les convertisseurs TOTEM",
    aliases: ['chapitre'],
  },
  { name: 'BGT_NATURE_LABEL', required: false, description: "Libellé du chapitre (ou de l'article)" },
  {
    name: 'BGT_FONCTION',
    required: false,
    description: 'Code fonctionnel (0 à 4 chiffres, ex. 212), ou « 212 - Écoles primaires »',
    aliases: ['fonction'],
  },
  { name: 'BGT_FONCTION_LABEL', required: false, description: 'Libellé de la fonction' },
  {
    name: 'BGT_OPERATION',
    required: false,
    description: "Opération d'équipement (code ou libellé)",
    aliases: ['operation'],
  },
  {
    name: 'BGT_SECTION',
    required: false,
    description: 'fonctionnement / investissement (ou F / I) ; déduite du chapitre si absente',
    aliases: ['section'],
  },
  { name: 'BGT_OPBUDG', required: false, description: 'réel / ordre (ou 0 / 1) ; réel si absent', aliases: ['opbudg'] },
  { name: 'BGT_CODRD', required: true, description: 'recette / dépense (ou R / D, 0 / 1)', aliases: ['codrd', 'sens'] },
  amount('BGT_MTREAL', 'Montant réalisé (compte administratif)'),
  amount('BGT_MTBUDGPREC', 'Budgété précédemment (au CA : BP + BS + DM, le voté quand BGT_MTPREV est à 0)'),
  amount('BGT_MTRARPREC', 'Restes à réaliser N-1 repris'),
  amount('BGT_MTPROPNOUV', 'Propositions nouvelles'),
  amount('BGT_MTPREV', 'Montant voté'),
  amount('BGT_CREDOUV', 'Crédits ouverts (compte administratif)'),
  amount('BGT_MTRAR3112', 'Restes à réaliser au 31/12 (compte administratif)'),
  { name: 'BGT_ARTSPE', required: false, description: 'Article spécialisé (lu, non stocké)' },
  {
    name: 'BGT_NUMDM',
    required: false,
    description: 'Hors schéma : numéro de la décision modificative (sinon lu dans le nom du fichier, « DM2 », sinon 1)',
    aliases: ['numero_dm', 'num_dm', 'numero_decision'],
  },
  {
    name: 'BGT_NOMENCLATURE',
    required: false,
    description: 'Hors schéma : M57 ou M14 (sinon M57 dès 2024, et avant déduite des libellés du fichier)',
    aliases: ['nomenclature', 'bgt_nomen'],
  },
] as const;

const keyColumns = [
  'commune_insee',
  'budget',
  'year',
  'stage',
  'document_seq',
  'section',
  'direction',
  'is_real',
  'chapter',
  'account',
  'function_code',
  'operation',
];

/**
 * `budget`: budget documents of a commune, whatever layout it has them in, recognised from the content:
 * - the SCDL "budget" CSV/XLSX (schema layout, or as the TOTEM-to-SCDL converters write it: `,`, UTF-8, chapter in
 *   BGT_CONTNAT and empty on ordinary lines, article in BGT_NATURE);
 * - the TOTEM XML itself (DocumentBudgetaire, ISO-8859-1), alone or inside a compte financier unique;
 * - the DGFiP "balances comptables des communes" (executed amounts of every budget of many communes).
 * Every budget is kept as its own (principal or annexe); each line lands keyed by budget, year, document, section,
 * direction, real/order, chapter, article, function and operation, so re-importing a file changes nothing.
 */
export const budgetKind: ImportKind<BudgetImportRecord> = {
  kind: 'budget',
  description:
    'Budget : SCDL « budget » (BP, BS, DM, CA), XML TOTEM, balances comptables DGFiP ; budget principal et annexes',
  formats: ['csv', 'xlsx', 'xml'],
  columns,

  async parse(file, ctx) {
    if (looksLikeTotem(file)) return parseTotem(file, ctx);
    if (looksLikeBalance(file)) return parseBalance(await readTable(file, ctx.fileName), ctx);
    return parseScdl(file, ctx);
  },

  async write(trx, records, ctx) {
    const budgets = new Map<string, BudgetImportRecord['budgetRef'] & { commune_insee: string }>();
    for (const r of records)
      budgets.set(`${r.commune_insee}:${r.budget}`, { ...r.budgetRef, commune_insee: r.commune_insee });
    await writeBudgets(trx, [...budgets.values()], ctx.importId);
    const rows = records.map(({ budgetRef: _budget, ...line }) => ({ ...line, import_id: ctx.importId }));
    return copyUpsertRows(trx, 'budget_lines', rows, keyColumns);
  },

  summarize: (records) => summarise(records),

  /**
   * The commune a file names: a TOTEM document's CodInseeColl, else the commune whose SIREN is the file's (first nine
   * digits of the SIRET) when exactly one commune has it. A DGFiP balance names its communes line by line: '' lets
   * the lines of every loaded commune land.
   */
  async inferCommune(file, fileName, db) {
    if (looksLikeTotem(file)) {
      const { header } = readTotem(file);
      if (header.codInseeColl && (await db('communes').where({ insee_code: header.codInseeColl }).first()))
        return header.codInseeColl;
      return communeOfSirens(db, [header.idEtab?.slice(0, 9)]);
    }
    if (looksLikeBalance(file)) return '';
    const table = await readTable(file, fileName);
    const header = table.header.find((h) => ['bgt_siret', 'siret'].includes(normaliseHeader(h)));
    if (!header) return undefined;
    return communeOfSirens(
      db,
      table.rows.map((row) => readSiret(row.cells[header] ?? '').siret?.slice(0, 9)),
    );
  },
};

/** A DGFiP balance: a CSV whose first line is a balance's header (read without parsing the whole file). */
function looksLikeBalance(file: Buffer): boolean {
  if (file[0] === 0x50 && file[1] === 0x4b) return false; // an XLSX workbook
  const head = file
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '');
  const firstLine = head.split(/\r?\n/)[0];
  return isBalanceHeader(firstLine.split(/[;,\t]/).map((h) => h.replace(/^"|"$/g, '')));
}

async function communeOfSirens(db: Knex, sirens: (string | undefined)[]): Promise<string | undefined> {
  const distinct = new Set(sirens.filter((s) => s !== undefined));
  if (distinct.size !== 1) return undefined;
  const communes = await db('communes')
    .where({ siren: [...distinct][0] })
    .select('insee_code');
  return communes.length === 1 ? (communes[0].insee_code as string) : undefined;
}

function needsCommune(ctx: ImportContext): ParseResult<BudgetImportRecord> | undefined {
  if (ctx.commune !== '') return undefined;
  return {
    records: [],
    issues: [
      {
        line: null,
        column: null,
        value: null,
        reason: 'indiquez la commune de ce document budgétaire (--commune <code INSEE>)',
      },
    ],
  };
}

async function parseScdl(file: Buffer, ctx: ImportContext): Promise<ParseResult<BudgetImportRecord>> {
  const missing = needsCommune(ctx);
  if (missing) return missing;
  const { rows, issues } = await readColumns(file, ctx.fileName, columns);
  if (rows.length === 0) return { records: [], issues };
  const refs = await loadReferences(ctx.db);
  const swapped = detectSwappedCodes(
    refs,
    rows.map((r) => ({ contnat: r.cells['BGT_CONTNAT'] ?? '', nature: r.cells['BGT_NATURE'] ?? '' })),
  );
  const codeColumns = swapped ? converterColumns : schemaColumns;
  return landLines(rows, codeColumns, refs, issues, ctx, { authoritativeName: false, layout: 'SCDL' });
}

async function parseTotem(file: Buffer, ctx: ImportContext): Promise<ParseResult<BudgetImportRecord>> {
  const missing = needsCommune(ctx);
  if (missing) return missing;
  let document;
  try {
    document = readTotem(file);
  } catch (error) {
    if (error instanceof TotemXmlError)
      return { records: [], issues: [{ line: error.line, column: null, value: null, reason: error.message }] };
    throw error;
  }
  const issues: ImportIssue[] = [];
  const { header, rows } = document;
  if (header.codInseeColl && /^(\d{5}|2[AB]\d{3})$/.test(header.codInseeColl) && header.codInseeColl !== ctx.commune) {
    issues.push({
      line: null,
      column: 'CodInseeColl',
      value: header.codInseeColl,
      reason: `document TOTEM de la commune ${header.codInseeColl}, pas de la commune ${ctx.commune}`,
    });
  }
  if (rows.length === 0)
    issues.push({
      line: null,
      column: 'LigneBudget',
      value: null,
      reason: 'aucune ligne budgétaire (LigneBudget) dans ce document TOTEM',
    });
  if (issues.length) return { records: [], issues };
  const refs = await loadReferences(ctx.db);
  const result = await landLines(rows, converterColumns, refs, issues, ctx, {
    authoritativeName: true,
    layout: 'TOTEM',
    header,
  });
  // a refusal names the TOTEM element, not the SCDL column it was read into
  for (const issue of result.issues)
    if (issue.column && totemElementOf[issue.column]) issue.column = totemElementOf[issue.column];
  return result;
}

/** SCDL and TOTEM rows, read the same way: identical lines for the TOTEM and the SCDL of one document. */
async function landLines(
  rows: TableRow[],
  codeColumns: CodeColumns,
  refs: References,
  issues: ImportIssue[],
  ctx: ImportContext,
  options: { authoritativeName: boolean; layout: 'SCDL' | 'TOTEM'; header?: TotemHeader },
): Promise<ParseResult<BudgetImportRecord>> {
  const drafts = readLines(rows, codeColumns, issues, dmNumberFromFileName(ctx.fileName));
  await checkCollectivity(ctx.db, ctx.commune, drafts, issues);
  const clues = budgetClues(ctx.commune, drafts, codeColumns, options);
  const budgets = await resolveBudgets(ctx.db, clues, issues);
  const nomenclatures = chooseNomenclatures(refs, drafts, issues);
  await checkDecisionNumbers(ctx.db, ctx.commune, ctx.fileName, drafts, issues);

  const placed: { line: number; record: BudgetImportRecord }[] = [];
  for (const draft of drafts) {
    const nomenclature = nomenclatures.get(draft.year);
    const budget = budgets.get(budgetKey(ctx.commune, draft.siret));
    if (!nomenclature || !budget) continue;
    const line = placeLine(refs, draft, nomenclature, codeColumns, issues, {
      commune: ctx.commune,
      budget: budget.code,
    });
    if (line)
      placed.push({
        line: draft.line,
        record: {
          ...line,
          budgetRef: { ...budget, authoritativeName: options.authoritativeName, layout: options.layout },
        },
      });
  }
  const merged = mergeThirdPartyParts(placed, lineKey);
  const unique = checkDuplicates(merged.placed, lineKey, issues, codeColumns.account);
  if (issues.length) return { records: [], issues };
  return { records: unique, issues, warnings: merged.warnings };
}

const lineKey = (l: BudgetLineRecord) =>
  `${l.budget === 'principal' ? '' : `budget ${l.budget} `}${l.year} ${l.stage}${l.stage === 'DM' ? l.document_seq : ''} ${l.section}${l.direction} ${l.is_real ? 'réel' : 'ordre'} chapitre ${l.chapter} compte ${l.account} fonction ${l.function_code || '-'}${l.operation ? ` opération ${l.operation}` : ''}`;

function budgetClues(
  commune: string,
  drafts: LineDraft[],
  codeColumns: CodeColumns,
  options: { authoritativeName: boolean; header?: TotemHeader },
): BudgetClue[] {
  const bySiret = new Map<string, LineDraft[]>();
  for (const d of drafts) {
    const lines = bySiret.get(d.siret ?? '');
    if (lines) lines.push(d);
    else bySiret.set(d.siret ?? '', [d]);
  }
  const header = options.header;
  const declared =
    header?.codTypBud === 'P'
      ? 'principal'
      : header?.codTypBud === 'A' || (header?.idEtabPal && header.idEtabPal !== header.idEtab)
        ? 'annexe'
        : undefined;
  return [...bySiret.entries()].map(([siret, lines]) => ({
    commune,
    siret: siret || undefined,
    name: lines[0].name,
    declared,
    hasTaxes: lines.some((l) => isPrincipalRevenue(l.account, l.direction)),
    line: lines[0].line,
    column: options.header ? 'IdEtab' : 'BGT_SIRET',
    authoritativeName: options.authoritativeName,
  }));
}

/** One collectivity per file (its budgets share one SIREN), and it must be the commune's when its SIREN is known. */
async function checkCollectivity(db: Knex, commune: string, drafts: LineDraft[], issues: ImportIssue[]): Promise<void> {
  const firstLine = new Map<string, number>();
  for (const d of drafts) if (d.siret && !firstLine.has(d.siret)) firstLine.set(d.siret, d.line);
  const sirets = [...firstLine.keys()];
  const sirens = [...new Set(sirets.map((s) => s.slice(0, 9)))];
  if (sirens.length > 1) {
    const other = sirets.find((s) => !s.startsWith(sirens[0]))!;
    issues.push({
      line: firstLine.get(other)!,
      column: 'BGT_SIRET',
      value: other,
      reason: `le fichier mêle plusieurs collectivités (SIREN ${sirens.join(', ')}) : un fichier par collectivité`,
    });
    return;
  }
  if (sirens.length === 1) {
    const known = await db('communes').where({ insee_code: commune }).first('siren');
    if (known?.siren && known.siren !== sirens[0]) {
      issues.push({
        line: firstLine.get(sirets[0])!,
        column: 'BGT_SIRET',
        value: sirets[0],
        reason: `SIRET d'une autre collectivité : SIREN ${sirens[0]}, alors que la commune ${commune} a le SIREN ${known.siren}`,
      });
    }
  }
}

/**
 * A DM whose number the file does not give is DM n°1. If a DM n°1 of that year already came from another file, this
 * one is probably the next decision: refuse rather than silently merge two decisions.
 */
async function checkDecisionNumbers(
  db: Knex,
  commune: string,
  fileName: string,
  drafts: LineDraft[],
  issues: ImportIssue[],
): Promise<void> {
  const unnumbered = new Map<number, number>();
  for (const d of drafts)
    if (d.stage === 'DM' && d.documentSeq === undefined && !unnumbered.has(d.year)) unnumbered.set(d.year, d.line);
  for (const [year, line] of unnumbered) {
    const earlier = await db('budget_lines as b')
      .join('imports as i', 'i.id', 'b.import_id')
      .where({ 'b.commune_insee': commune, 'b.year': year, 'b.stage': 'DM', 'b.document_seq': 1 })
      .whereNot('i.file_name', fileName)
      .first('i.file_name');
    if (earlier) {
      issues.push({
        line,
        column: 'BGT_NATDEC',
        value: 'décision modificative',
        reason: `une DM n°1 de ${year} vient déjà du fichier « ${earlier.file_name} » : donnez le numéro de cette décision (colonne BGT_NUMDM, ou « DM2 » dans le nom du fichier)`,
      });
    }
  }
}

/**
 * A DGFiP balance: the executed amounts (stage CG, compte de gestion) of every budget of the communes it lists. With
 * a commune given, only its lines land; without, the lines of every loaded commune. Lines of other communes, of
 * attached bodies (CCAS, caisses des écoles: cbudg 2), of budgets in another nomenclature (M4x...) and of accounts
 * outside the budget (classes 4 and 5, balance-sheet accounts) are counted in the report, not refused.
 */
async function parseBalance(
  table: Awaited<ReturnType<typeof readTable>>,
  ctx: ImportContext,
): Promise<ParseResult<BudgetImportRecord>> {
  const issues: ImportIssue[] = [];
  const movements = readBalance(table, issues);
  const refs = await loadReferences(ctx.db);
  const loaded = new Map<string, string | null>(
    // full communes only: reference communes (DGFiP national file) are peers, not communes whose accounts land
    (await ctx.db('communes').where({ is_reference: false }).select('insee_code', 'siren')).map((c) => [
      c.insee_code as string,
      c.siren as string | null,
    ]),
  );
  const wanted = (insee: string) => (ctx.commune ? insee === ctx.commune : loaded.has(insee));
  const skipped = {
    communes: new Set<string>(),
    otherCommuneRows: 0,
    attached: 0,
    nomenclatures: new Map<string, number>(),
    outside: 0,
  };
  const kept: typeof movements = [];
  for (const m of movements) {
    if (!wanted(m.insee)) {
      skipped.communes.add(m.insee);
      skipped.otherCommuneRows++;
      continue;
    }
    if (m.budgetType === '2') {
      skipped.attached++;
      continue;
    }
    const siren = loaded.get(m.insee);
    if (siren && m.siren && m.siren !== siren) {
      issues.push({
        line: m.line,
        column: 'siren',
        value: m.siren,
        reason: `SIREN ${m.siren} : la commune ${m.insee} a le SIREN ${siren}`,
      });
      continue;
    }
    kept.push(m);
  }
  if (ctx.commune && !loaded.has(ctx.commune)) return { records: [], issues };

  const clues = new Map<string, BudgetClue>();
  for (const m of kept) {
    const key = budgetKey(m.insee, m.siret);
    const clue = clues.get(key) ?? {
      commune: m.insee,
      siret: /^\d{14}$/.test(m.siret) ? m.siret : undefined,
      name: m.budgetName,
      declared: m.budgetType === '1' ? ('principal' as const) : m.budgetType === '3' ? ('annexe' as const) : undefined,
      hasTaxes: false,
      line: m.line,
      column: 'ident',
      authoritativeName: true,
    };
    clue.hasTaxes ||= isPrincipalRevenue(m.account, m.direction);
    clues.set(key, clue);
  }
  const budgets = await resolveBudgets(ctx.db, [...clues.values()], issues);

  const placed: { line: number; record: BudgetImportRecord }[] = [];
  for (const m of kept) {
    const nomenclature = readNomenclature(m.nomenclature);
    if (nomenclature === undefined || typeof nomenclature !== 'string') {
      const name = nomenclature?.other ?? (m.nomenclature || '?');
      skipped.nomenclatures.set(name, (skipped.nomenclatures.get(name) ?? 0) + 1);
      continue;
    }
    const budget = budgets.get(budgetKey(m.insee, /^\d{14}$/.test(m.siret) ? m.siret : undefined));
    if (!budget) continue;
    const chapter = chapterFromAccount(refs, nomenclature, m.account, { direction: m.direction, order: !m.isReal });
    const info = chapter ? chapterOf(refs, nomenclature, chapter) : undefined;
    if (!chapter || !info) {
      skipped.outside++;
      continue;
    }
    const fn = /^\d{1,4}$/.test(m.functionCode) ? m.functionCode : '';
    placed.push({
      line: m.line,
      record: {
        commune_insee: m.insee,
        budget: budget.code,
        year: m.year,
        stage: 'CG',
        document_seq: 1,
        nomenclature,
        section: info.section,
        direction: m.direction,
        is_real: m.isReal,
        account: m.account,
        account_label: null,
        chapter,
        chapter_label: null,
        function_code: fn,
        function_label: null,
        operation: '',
        amount_voted: 0,
        amount_open: null,
        amount_executed: m.amount,
        carry_prev: 0,
        carry_next: 0,
        budgetRef: { ...budget, authoritativeName: true, layout: 'balance DGFiP' },
      },
    });
  }
  const unique = checkDuplicates(placed, (l) => `commune ${l.commune_insee} ${lineKey(l)}`, issues, 'compte');
  if (issues.length) return { records: [], issues };
  const warnings: ImportIssue[] = [];
  const note = (reason: string) => warnings.push({ line: null, column: null, value: null, reason });
  if (skipped.otherCommuneRows)
    note(
      `ignorées : ${skipped.otherCommuneRows} lignes de ${skipped.communes.size} autres communes (non chargées${ctx.commune ? ` ou autres que ${ctx.commune}` : ''})`,
    );
  if (skipped.attached)
    note(`non retenus : ${skipped.attached} mouvements d'établissements rattachés (CCAS, caisse des écoles)`);
  for (const [n, count] of skipped.nomenclatures)
    note(`non retenus : ${count} mouvements de budgets en ${n} (non suivis)`);
  if (skipped.outside)
    note(`non retenus : ${skipped.outside} mouvements de comptes hors budget (classes 4 et 5, bilan)`);
  return { records: unique, issues, warnings };
}

/** What would land: lines, communes, years, documents and budgets (printed by a dry run and after landing). */
function summarise(records: BudgetImportRecord[]): ImportSummary {
  const list = (values: Iterable<string>) => [...new Set(values)].sort();
  const stage = (r: BudgetLineRecord) =>
    r.stage === 'DM' ? `DM${r.document_seq}` : r.stage === 'CG' ? 'CG (balance)' : r.stage;
  const kinds: Record<string, number> = {};
  for (const r of records) kinds[stage(r)] = (kinds[stage(r)] ?? 0) + 1;
  const communes = list(records.map((r) => r.commune_insee));
  const years = list(records.map((r) => String(r.year))).map(Number);
  const budgets = list(
    records.map(
      (r) => `${r.budgetRef.name} (${r.budgetRef.kind}${r.budgetRef.siret ? `, SIRET ${r.budgetRef.siret}` : ''})`,
    ),
  );
  return {
    rows: records.length,
    communes,
    years,
    kinds,
    notes: [
      `format : ${list(records.map((r) => r.budgetRef.layout)).join(', ')}`,
      `communes : ${communes.join(', ')}`,
      `années : ${years.join(', ')}`,
      `documents : ${Object.entries(kinds)
        .map(([k, n]) => `${k} (${n} lignes)`)
        .join(', ')}`,
      `budgets : ${budgets.join(', ')}`,
    ],
  };
}
