import type { Knex } from 'knex';
import type { ImportIssue, ImportKind } from '../import-kind';
import { normaliseHeader, readColumns, readTable } from '../read-table';
import { upsertRows } from '../upsert';
import { checkDuplicates, RowReader } from '../values';
import {
  chapterInfo,
  detectSwappedCodes,
  directionSynonyms,
  dmNumberFromFileName,
  inferNomenclature,
  loadReferences,
  type Nomenclature,
  nomenclatureSynonyms,
  normaliseChapter,
  readSiret,
  realSynonyms,
  sectionSynonyms,
  splitFunction,
  type Stage,
  stageSynonyms,
} from './budget-scdl';

export interface BudgetLineRecord {
  year: number;
  stage: Stage;
  document_seq: number;
  nomenclature: Nomenclature;
  section: 'F' | 'I';
  direction: 'R' | 'D';
  is_real: boolean;
  account: string;
  account_label: string | null;
  chapter: string;
  chapter_label: string | null;
  function_code: string;
  function_label: string | null;
  operation: string;
  amount_voted: number;
  amount_open: number | null;
  amount_executed: number | null;
  carry_prev: number;
  carry_next: number;
}

const amount = (name: string, description: string) => ({ name, required: false, description });

/** The SCDL "budget" columns, in the schema's order, then two optional columns the schema lacks. */
const columns = [
  {
    name: 'BGT_NATDEC',
    required: true,
    description:
      'Étape : budget primitif, budget supplémentaire, décision modificative, compte administratif (aussi BP, BS, DM, CA, CFU, codes TOTEM 01, 03, 02, 09)',
    aliases: ['natdec', 'etape', 'etape_budgetaire'],
  },
  {
    name: 'BGT_ANNEE',
    required: true,
    description: 'Exercice (année)',
    aliases: ['annee', 'exercice'],
  },
  {
    name: 'BGT_SIRET',
    required: false,
    description:
      'SIRET de la collectivité (14 chiffres) ; son SIREN doit être celui de la commune, et désigne la commune quand --commune est omis',
    aliases: ['siret'],
  },
  {
    name: 'BGT_NOM',
    required: false,
    description: 'Nom de la collectivité ou du budget (un budget annexe est refusé)',
    aliases: ['nom'],
  },
  {
    name: 'BGT_CONTNAT',
    required: true,
    description:
      'Compte par nature (article), 1 à 9 caractères ; les fichiers issus de TOTEM qui y placent le chapitre sont reconnus',
    aliases: ['contnat', 'compte', 'article'],
  },
  { name: 'BGT_CONTNAT_LABEL', required: false, description: 'Libellé du compte' },
  {
    name: 'BGT_NATURE',
    required: true,
    description: 'Chapitre par nature (011, 012, 65, 21...) ; 11 pour 011 est accepté',
    aliases: ['chapitre'],
  },
  { name: 'BGT_NATURE_LABEL', required: false, description: 'Libellé du chapitre' },
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
  {
    name: 'BGT_OPBUDG',
    required: false,
    description: 'réel / ordre (ou 0 / 1) ; déduit du chapitre si absent',
    aliases: ['opbudg'],
  },
  {
    name: 'BGT_CODRD',
    required: true,
    description: 'recette / dépense (ou R / D, 0 / 1)',
    aliases: ['codrd', 'sens'],
  },
  amount('BGT_MTREAL', 'Montant réalisé (compte administratif)'),
  amount('BGT_MTBUDGPREC', 'Montant du budget précédent (lu, non stocké)'),
  amount('BGT_MTRARPREC', 'Restes à réaliser N-1 repris'),
  amount('BGT_MTPROPNOUV', 'Propositions nouvelles'),
  amount('BGT_MTPREV', 'Montant voté'),
  amount('BGT_CREDOUV', 'Crédits ouverts (compte administratif)'),
  amount('BGT_MTRAR3112', 'Restes à réaliser au 31/12 (compte administratif)'),
  { name: 'BGT_ARTSPE', required: false, description: 'Article spécialisé (lu, non stocké)' },
  {
    name: 'BGT_NUMDM',
    required: false,
    description:
      'Hors schéma : numéro de la décision modificative (sinon lu dans le nom du fichier, « DM2 », sinon 1)',
    aliases: ['numero_dm', 'num_dm', 'numero_decision'],
  },
  {
    name: 'BGT_NOMENCLATURE',
    required: false,
    description:
      'Hors schéma : M57 ou M14 (sinon M57 dès 2024, et avant déduite des libellés du fichier)',
    aliases: ['nomenclature', 'bgt_nomen'],
  },
] as const;

interface Draft {
  line: number;
  record: Omit<BudgetLineRecord, 'nomenclature'>;
  nomenclature?: Nomenclature;
  seqGiven: boolean;
  siret?: string;
}

const keyColumns = [
  'commune_insee',
  'year',
  'stage',
  'document_seq',
  'section',
  'direction',
  'is_real',
  'account',
  'function_code',
  'operation',
];
const amountLimits = { min: -1e13, max: 1e13 };
const sectionName = { F: 'de fonctionnement', I: "d'investissement" } as const;

/**
 * `budget`: budget lines in the national open-data layout (SCDL "budget", DOMAIN.md §1), CSV (`;` or `,`, UTF-8 or
 * Windows-1252, decimal comma or point, spaces as thousands separators, quoted labels) or XLSX. One file may hold
 * several documents (BP, BS, DMs, CA) and years; each line lands keyed by year, document, section, direction,
 * real/order, account, function and operation, so re-importing a file changes nothing.
 */
export const budgetKind: ImportKind<BudgetLineRecord> = {
  kind: 'budget',
  description: 'Lignes budgétaires au format SCDL « budget » (BP, BS, DM, CA), budget principal',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    if (rows.length === 0) return { records: [], issues };
    const refs = await loadReferences(ctx.db);
    const swapped = detectSwappedCodes(
      refs,
      rows.map((r) => ({
        contnat: r.cells['BGT_CONTNAT'] ?? '',
        nature: r.cells['BGT_NATURE'] ?? '',
      })),
    );
    const col = swapped
      ? {
          account: 'BGT_NATURE',
          accountLabel: 'BGT_NATURE_LABEL',
          chapter: 'BGT_CONTNAT',
          chapterLabel: 'BGT_CONTNAT_LABEL',
        }
      : {
          account: 'BGT_CONTNAT',
          accountLabel: 'BGT_CONTNAT_LABEL',
          chapter: 'BGT_NATURE',
          chapterLabel: 'BGT_NATURE_LABEL',
        };
    const dmFromName = dmNumberFromFileName(ctx.fileName);

    const drafts: Draft[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const stage = r.oneOf('BGT_NATDEC', stageSynonyms, { required: true });
      const year = r.integer('BGT_ANNEE', { required: true, min: 1990, max: 2100 });
      const { siret, reason: siretProblem } = readSiret(r.raw('BGT_SIRET'));
      if (siretProblem) r.fail('BGT_SIRET', siretProblem);
      if (/annexe/i.test(r.raw('BGT_NOM')))
        r.fail(
          'BGT_NOM',
          'budget annexe : seul le budget principal est suivi (importez le fichier du budget principal)',
        );

      const account = r.text(col.account, { required: true, max: 9 })?.toUpperCase();
      if (account && !/^[0-9A-Z]+$/.test(account))
        r.fail(col.account, 'compte invalide (chiffres, 1 à 9 caractères)');
      const direction = r.oneOf('BGT_CODRD', directionSynonyms, { required: true });
      let section = r.oneOf('BGT_SECTION', sectionSynonyms);
      const opbudg = r.oneOf('BGT_OPBUDG', realSynonyms);
      const chapterRaw = r.text(col.chapter, { required: true, max: 9 });
      const chapter = chapterRaw
        ? normaliseChapter(refs, chapterRaw, {
            section,
            direction,
            order: opbudg && opbudg === 'order',
          })
        : undefined;
      const info = chapter ? chapterInfo(refs, chapter) : undefined;
      if (r.raw('BGT_SECTION') === '') {
        if (info) section = info.section;
        else if (chapter)
          r.fail(
            'BGT_SECTION',
            `section absente et chapitre ${chapter} inconnu : indiquez fonctionnement ou investissement`,
          );
      }
      if (section && info && info.section !== section)
        r.fail(
          col.chapter,
          `le chapitre ${chapter} relève de la section ${sectionName[info.section]}`,
        );
      if (direction && info && !info.directions.includes(direction)) {
        r.fail(
          col.chapter,
          `le chapitre ${chapter} ne s'emploie qu'en ${info.directions[0] === 'R' ? 'recette' : 'dépense'}`,
        );
      }
      if (opbudg === 'real' && info?.kind === 'order')
        r.fail('BGT_OPBUDG', `le chapitre ${chapter} ne porte que des opérations d'ordre`);
      const isReal = opbudg ? opbudg === 'real' : info?.kind !== 'order';

      const fn = splitFunction(r.raw('BGT_FONCTION'));
      if (!fn)
        r.fail('BGT_FONCTION', 'code fonctionnel illisible (1 à 4 chiffres attendus, ex. 212)');
      const functionLabel = r.text('BGT_FONCTION_LABEL', { max: 200 }) ?? fn?.label;
      const operation = r.text('BGT_OPERATION', { max: 60 }) ?? '';

      const real = r.number('BGT_MTREAL', amountLimits);
      r.number('BGT_MTBUDGPREC', amountLimits);
      const carryPrev = r.number('BGT_MTRARPREC', amountLimits);
      const proposed = r.number('BGT_MTPROPNOUV', amountLimits);
      const voted = r.number('BGT_MTPREV', amountLimits);
      const open = r.number('BGT_CREDOUV', amountLimits);
      const carryNext = r.number('BGT_MTRAR3112', amountLimits);
      const seq = r.integer('BGT_NUMDM', { min: 1, max: 99 });
      const nomenclature = r.oneOf('BGT_NOMENCLATURE', nomenclatureSynonyms);

      if (
        !r.ok ||
        !stage ||
        year === undefined ||
        !account ||
        !direction ||
        !section ||
        !chapter ||
        !fn
      )
        continue;
      const documentSeq = stage === 'DM' ? (seq ?? dmFromName ?? 1) : 1;
      drafts.push({
        line: r.line,
        nomenclature,
        seqGiven: stage === 'DM' && (seq !== undefined || dmFromName !== undefined),
        siret,
        record: {
          year,
          stage,
          document_seq: documentSeq,
          section,
          direction,
          is_real: isReal,
          account,
          chapter,
          operation,
          account_label: r.text(col.accountLabel, { max: 300 }) ?? null,
          chapter_label: r.text(col.chapterLabel, { max: 300 }) ?? null,
          function_code: fn.code,
          function_label: functionLabel ?? null,
          ...amounts(stage, { real, carryPrev, proposed, voted, open, carryNext }),
        },
      });
    }

    await checkCollectivity(ctx.db, ctx.commune, drafts, issues);
    const records = withNomenclature(refs, drafts, issues);
    await checkDecisionNumbers(ctx.db, ctx.commune, ctx.fileName, drafts, issues);
    const unique = checkDuplicates(
      records
        .map((record, i) => ({ line: drafts[i].line, record }))
        .filter(({ record }) => record !== undefined) as {
        line: number;
        record: BudgetLineRecord;
      }[],
      (l) =>
        `${l.year} ${l.stage}${l.stage === 'DM' ? l.document_seq : ''} ${l.section}${l.direction} ${l.is_real ? 'réel' : 'ordre'} compte ${l.account} fonction ${l.function_code || '-'}${l.operation ? ` opération ${l.operation}` : ''}`,
      issues,
      col.account,
    );
    return { records: issues.length ? [] : unique, issues };
  },

  write(trx, records, ctx) {
    const rows = records.map((r) => ({
      commune_insee: ctx.commune,
      ...r,
      import_id: ctx.importId,
    }));
    return upsertRows(trx, 'budget_lines', rows, keyColumns);
  },

  /** The execution rollup is materialized: rebuild it so the next request sees the new lines. */
  async afterCommit(db) {
    await db.raw('refresh materialized view analytics.kpi_budget_execution');
  },

  /** The commune whose SIREN is the file's (first nine digits of BGT_SIRET), when exactly one commune has it. */
  async inferCommune(file, fileName, db) {
    const table = await readTable(file, fileName);
    const header = table.header.find((h) => ['bgt_siret', 'siret'].includes(normaliseHeader(h)));
    if (!header) return undefined;
    const sirens = new Set(
      table.rows
        .map((row) => readSiret(row.cells[header] ?? '').siret?.slice(0, 9))
        .filter((s) => s !== undefined),
    );
    if (sirens.size !== 1) return undefined;
    const communes = await db('communes')
      .where({ siren: [...sirens][0] })
      .select('insee_code');
    return communes.length === 1 ? (communes[0].insee_code as string) : undefined;
  },
};

/**
 * The SCDL amounts of one line, stored by document: a BP counts what was voted (BGT_MTPREV, else the proposals), a BS
 * or a DM its new proposals (BGT_MTPROPNOUV, else BGT_MTPREV), each with the carry-overs it takes back
 * (BGT_MTRARPREC). A CA records the executed amount (BGT_MTREAL, empty = 0), the crédits ouverts (BGT_CREDOUV, else
 * its voted total plus carry-overs) and the restes à réaliser at 31/12 (BGT_MTRAR3112).
 */
function amounts(
  stage: Stage,
  a: {
    real?: number;
    carryPrev?: number;
    proposed?: number;
    voted?: number;
    open?: number;
    carryNext?: number;
  },
) {
  if (stage === 'CA') {
    return {
      amount_voted: a.voted ?? 0,
      amount_open: a.open ?? (a.voted !== undefined ? a.voted + (a.carryPrev ?? 0) : null),
      amount_executed: a.real ?? 0,
      carry_prev: a.carryPrev ?? 0,
      carry_next: a.carryNext ?? 0,
    };
  }
  const voted = stage === 'BP' ? (a.voted ?? a.proposed) : (a.proposed ?? a.voted);
  return {
    amount_voted: voted ?? 0,
    amount_open: a.open ?? null,
    amount_executed: null,
    carry_prev: a.carryPrev ?? 0,
    carry_next: 0,
  };
}

/** One collectivity and one budget per file, and it must be the commune's (when its SIREN is known). */
async function checkCollectivity(
  db: Knex,
  commune: string,
  drafts: Draft[],
  issues: ImportIssue[],
): Promise<void> {
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
  if (sirets.length > 1) {
    issues.push({
      line: firstLine.get(sirets[1])!,
      column: 'BGT_SIRET',
      value: sirets[1],
      reason: `plusieurs budgets dans le fichier (SIRET ${sirets.join(', ')}) : importez le budget principal seul`,
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

/** Gives each draft its nomenclature: the file's column when present, else inferred per year (see inferNomenclature). */
function withNomenclature(
  refs: Awaited<ReturnType<typeof loadReferences>>,
  drafts: Draft[],
  issues: ImportIssue[],
): (BudgetLineRecord | undefined)[] {
  const byYear = new Map<number, Draft[]>();
  for (const d of drafts) byYear.set(d.record.year, [...(byYear.get(d.record.year) ?? []), d]);
  const chosen = new Map<number, Nomenclature | undefined>();
  for (const [year, lines] of byYear) {
    const given = [...new Set(lines.map((d) => d.nomenclature).filter((n) => n !== undefined))];
    if (given.length > 1) {
      const second = lines.find((d) => d.nomenclature === given[1])!;
      issues.push({
        line: second.line,
        column: 'BGT_NOMENCLATURE',
        value: given[1]!,
        reason: `deux nomenclatures pour l'exercice ${year} (${given.join(', ')})`,
      });
      chosen.set(year, undefined);
      continue;
    }
    const nomenclature =
      given[0] ??
      inferNomenclature(
        refs,
        year,
        lines.map((d) => ({
          chapter: d.record.chapter,
          chapterLabel: d.record.chapter_label ?? undefined,
          functionCode: d.record.function_code,
          functionLabel: d.record.function_label ?? undefined,
        })),
      );
    if (!nomenclature) {
      issues.push({
        line: lines[0].line,
        column: 'BGT_NOMENCLATURE',
        value: null,
        reason: `nomenclature de l'exercice ${year} indéterminée (M14 ou M57 ?) : ajoutez une colonne BGT_NOMENCLATURE, ou les libellés des fonctions`,
      });
    }
    chosen.set(year, nomenclature);
  }
  return drafts.map((d) => {
    const nomenclature = chosen.get(d.record.year);
    return nomenclature ? { ...d.record, nomenclature } : undefined;
  });
}

/**
 * A DM whose number the file does not give is DM n°1. If a DM n°1 of that year already came from another file, this
 * one is probably the next decision: refuse rather than silently merge two decisions.
 */
async function checkDecisionNumbers(
  db: Knex,
  commune: string,
  fileName: string,
  drafts: Draft[],
  issues: ImportIssue[],
): Promise<void> {
  const unnumbered = new Map<number, number>();
  for (const d of drafts)
    if (d.record.stage === 'DM' && !d.seqGiven && !unnumbered.has(d.record.year))
      unnumbered.set(d.record.year, d.line);
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
