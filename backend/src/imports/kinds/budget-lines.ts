import type { ImportIssue } from '../import-kind';
import type { TableRow } from '../read-table';
import { RowReader } from '../values';
import {
  chapterFromAccount,
  chapterOf,
  directionSynonyms,
  inferNomenclature,
  isKnownChapter,
  type Nomenclature,
  normaliseChapter,
  readSiret,
  realSynonyms,
  type References,
  sectionSynonyms,
  splitFunction,
  type Stage,
  stageSynonyms,
  thirdPartyChapter,
} from './budget-scdl';

/** One budget line as stored in budget_lines, with the budget (principal or annexe) and commune it belongs to. */
export interface BudgetLineRecord {
  commune_insee: string;
  budget: string;
  year: number;
  stage: Stage | 'CG';
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

/** Which of the two code columns holds the article and which the chapter (the converters swap the schema's). */
export interface CodeColumns {
  account: string;
  accountLabel: string;
  chapter: string;
  chapterLabel: string;
}

export const schemaColumns: CodeColumns = {
  account: 'BGT_CONTNAT',
  accountLabel: 'BGT_CONTNAT_LABEL',
  chapter: 'BGT_NATURE',
  chapterLabel: 'BGT_NATURE_LABEL',
};
export const converterColumns: CodeColumns = {
  account: 'BGT_NATURE',
  accountLabel: 'BGT_NATURE_LABEL',
  chapter: 'BGT_CONTNAT',
  chapterLabel: 'BGT_CONTNAT_LABEL',
};

/** A line read, before its budget and nomenclature are known (they decide its chapter when the file omits it). */
export interface LineDraft {
  line: number;
  siret?: string;
  name: string;
  stage: Stage;
  year: number;
  documentSeq?: number;
  nomenclature?: Nomenclature;
  account: string;
  accountLabel?: string;
  chapterRaw?: string;
  chapterLabel?: string;
  direction: 'R' | 'D';
  section?: 'F' | 'I';
  order?: boolean;
  orderType?: 'transfer' | 'internal';
  functionCode: string;
  functionLabel?: string;
  operation: string;
  amounts: Pick<BudgetLineRecord, 'amount_voted' | 'amount_open' | 'amount_executed' | 'carry_prev' | 'carry_next'>;
}

const amountLimits = { min: -1e13, max: 1e13 };
const sectionName = { F: 'de fonctionnement', I: "d'investissement" } as const;

/**
 * The nomenclature a file names (BGT_NOMENCLATURE, TOTEM Nomenclature "M57-M57_A", "M14-M14_COM_500_3500", DGFiP
 * nomen): M57 or M14; another (M4x of water, sanitation or transport services, M22...) is named so the refusal says it.
 */
export function readNomenclature(raw: string): Nomenclature | { other: string } | undefined {
  const match = /^\s*m\s*(\d+)/i.exec(raw);
  if (!match) return raw.trim() === '' ? undefined : { other: raw.trim() };
  if (match[1] === '57') return 'M57';
  if (match[1] === '14') return 'M14';
  return { other: `M${match[1]}` };
}

export function unsupportedNomenclature(other: string): string {
  return `nomenclature ${other} non prise en charge : Pilotage suit les budgets en M57 ou M14 (une M4, celle des services d'eau, d'assainissement ou de transport, n'a pas les mêmes chapitres)`;
}

/**
 * Reads the SCDL (or TOTEM, written in SCDL columns) rows into drafts, collecting every problem with its line,
 * column and reason. Amounts follow the document (see `amounts`).
 */
export function readLines(
  rows: TableRow[],
  columns: CodeColumns,
  issues: ImportIssue[],
  dmFromName: number | undefined,
): LineDraft[] {
  const drafts: LineDraft[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const stage = r.oneOf('BGT_NATDEC', stageSynonyms, { required: true });
    const year = r.integer('BGT_ANNEE', { required: true, min: 1990, max: 2100 });
    const { siret, reason: siretProblem } = readSiret(r.raw('BGT_SIRET'));
    if (siretProblem) r.fail('BGT_SIRET', siretProblem);
    const account = r.text(columns.account, { required: true, max: 9 })?.toUpperCase();
    if (account && !/^[0-9A-Z]+$/.test(account))
      r.fail(columns.account, 'compte invalide (chiffres, 1 à 9 caractères)');
    const direction = r.oneOf('BGT_CODRD', directionSynonyms, { required: true });
    const section = r.oneOf('BGT_SECTION', sectionSynonyms);
    const opbudg = r.oneOf('BGT_OPBUDG', realSynonyms);
    const typOpBudg = r.raw('BGT_TYPOPBUDG');
    const chapterRaw = r.text(columns.chapter, { max: 9 })?.toUpperCase();
    const fn = splitFunction(r.raw('BGT_FONCTION'));
    if (!fn) r.fail('BGT_FONCTION', 'code fonctionnel illisible (1 à 4 chiffres attendus, ex. 212)');
    const operation = r.text('BGT_OPERATION', { max: 60 }) ?? '';
    const real = r.number('BGT_MTREAL', amountLimits);
    const budgPrec = r.number('BGT_MTBUDGPREC', amountLimits);
    const carryPrev = r.number('BGT_MTRARPREC', amountLimits);
    const proposed = r.number('BGT_MTPROPNOUV', amountLimits);
    const voted = r.number('BGT_MTPREV', amountLimits);
    const open = r.number('BGT_CREDOUV', amountLimits);
    const carryNext = r.number('BGT_MTRAR3112', amountLimits);
    const seq = r.integer('BGT_NUMDM', { min: 1, max: 99 });
    const nomenclature = readNomenclature(r.raw('BGT_NOMENCLATURE'));
    if (nomenclature && typeof nomenclature !== 'string')
      r.fail('BGT_NOMENCLATURE', unsupportedNomenclature(nomenclature.other));

    if (!r.ok || !stage || year === undefined || !account || !direction || !fn) continue;
    drafts.push({
      line: r.line,
      siret,
      name: r.raw('BGT_NOM'),
      stage,
      year,
      documentSeq: stage === 'DM' ? (seq ?? dmFromName) : 1,
      nomenclature: typeof nomenclature === 'string' ? nomenclature : undefined,
      account,
      accountLabel: r.text(columns.accountLabel, { max: 300 }),
      chapterRaw,
      chapterLabel: r.text(columns.chapterLabel, { max: 300 }),
      direction,
      section,
      order: opbudg ? opbudg === 'order' : undefined,
      orderType: typOpBudg === '1' ? 'internal' : typOpBudg === '2' ? 'transfer' : undefined,
      functionCode: fn.code,
      functionLabel: r.text('BGT_FONCTION_LABEL', { max: 200 }) ?? fn.label,
      operation,
      amounts: amounts(stage, { real, budgPrec, carryPrev, proposed, voted, open, carryNext }),
    });
  }
  return drafts;
}

/**
 * The SCDL amounts of one line, stored by document: a BP counts what was voted (BGT_MTPREV, else the proposals), a BS
 * or a DM its new proposals (BGT_MTPROPNOUV, else BGT_MTPREV), each with the carry-overs it takes back
 * (BGT_MTRARPREC). A CA (or compte financier unique) records the executed amount (BGT_MTREAL, empty = 0), what was
 * voted over the year, the crédits ouverts (BGT_CREDOUV, else voted + carry-overs) and the restes à réaliser at 31/12
 * (BGT_MTRAR3112). What a CA says was voted: BGT_MTPREV; when it leaves BGT_MTPREV at 0 (or empty), as several
 * editors' CFU do, voted = the crédits ouverts less the carry-overs taken back (BGT_CREDOUV - BGT_MTRARPREC: the
 * comptable's "prévisions" in the same document are the crédits ouverts), else, without BGT_CREDOUV,
 * BGT_MTBUDGPREC + BGT_MTPROPNOUV. BGT_MTBUDGPREC is not trusted when BGT_CREDOUV is given: Mohon's CFU 2023 writes
 * there the cumul of its decisions (about twice the credits: DGF 239 911 budgeted, 120 065 open and received).
 */
export function amounts(
  stage: Stage,
  a: {
    real?: number;
    budgPrec?: number;
    carryPrev?: number;
    proposed?: number;
    voted?: number;
    open?: number;
    carryNext?: number;
  },
): LineDraft['amounts'] {
  if (stage === 'CA') {
    const voted = a.voted
      ? a.voted
      : a.open !== undefined
        ? a.open - (a.carryPrev ?? 0)
        : (a.budgPrec ?? 0) + (a.proposed ?? 0);
    return {
      amount_voted: round(voted),
      amount_open:
        a.open ??
        (a.voted !== undefined || a.budgPrec !== undefined || a.proposed !== undefined
          ? round(voted + (a.carryPrev ?? 0))
          : null),
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

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The nomenclature of each year's drafts: the file's, else inferred (M57 from 2024; before, chapter 731, then the
 * labels the file gives to functions, chapters and accounts compared with each nomenclature's).
 */
export function chooseNomenclatures(
  refs: References,
  drafts: LineDraft[],
  issues: ImportIssue[],
): Map<number, Nomenclature | undefined> {
  const byYear = new Map<number, LineDraft[]>();
  for (const d of drafts) {
    const lines = byYear.get(d.year);
    if (lines) lines.push(d);
    else byYear.set(d.year, [d]);
  }
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
          chapter: d.chapterRaw ? normaliseChapter(refs, d.chapterRaw) : '',
          chapterLabel: d.chapterLabel,
          functionCode: d.functionCode,
          functionLabel: d.functionLabel,
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
  return chosen;
}

/**
 * Places a draft in its chapter and section, checks them, and gives the stored line. The chapter is the file's
 * (leading zeros a spreadsheet dropped restored; a 45x sub-account brought back to its chapter; an opération
 * d'équipement number written where the chapter goes kept as the operation), else the chart of accounts' for the
 * article, its direction and real or order nature. Labels the nomenclature already knows are not stored (the views
 * name every line from the nomenclature), so that the TOTEM and the SCDL of one document store the same lines.
 */
export function placeLine(
  refs: References,
  draft: LineDraft,
  nomenclature: Nomenclature,
  columns: CodeColumns,
  issues: ImportIssue[],
  target: { commune: string; budget: string },
): BudgetLineRecord | undefined {
  const fail = (column: string, value: string | null, reason: string) => {
    issues.push({ line: draft.line, column, value, reason });
    return undefined;
  };
  const derived = chapterFromAccount(refs, nomenclature, draft.account, {
    direction: draft.direction,
    order: draft.order ?? false,
    orderType: draft.orderType,
  });
  let chapter: string;
  let operation = draft.operation;
  if (draft.chapterRaw) {
    chapter = normaliseChapter(refs, draft.chapterRaw, {
      section: draft.section,
      direction: draft.direction,
      order: draft.order,
    });
    const thirdParty = thirdPartyChapter(refs, chapter);
    if (thirdParty) {
      operation ||= chapter;
      chapter = thirdParty;
    } else if (!isKnownChapter(refs, chapter) && /^\d+$/.test(chapter) && derived) {
      operation ||= chapter; // a chapter "opération d'équipement" (vote by operation): the article gives the nature
      chapter = derived;
    }
  } else if (derived) chapter = derived;
  else
    return fail(
      columns.account,
      draft.account,
      `compte ${draft.account} absent du plan de comptes ${nomenclature} pour ${draft.direction === 'R' ? 'une recette' : 'une dépense'}${draft.order ? " d'ordre" : ''} : indiquez son chapitre (colonne ${columns.chapter})`,
    );

  const info = chapterOf(refs, nomenclature, chapter);
  const section = draft.section ?? info?.section;
  if (!section)
    return fail(
      'BGT_SECTION',
      null,
      `section absente et chapitre ${chapter} inconnu : indiquez fonctionnement ou investissement`,
    );
  if (info && info.section !== section)
    return fail(
      columns.chapter,
      draft.chapterRaw ?? chapter,
      `le chapitre ${chapter} relève de la section ${sectionName[info.section]}`,
    );
  if (info && !info.directions.includes(draft.direction))
    return fail(
      columns.chapter,
      draft.chapterRaw ?? chapter,
      `le chapitre ${chapter} ne s'emploie qu'en ${info.directions[0] === 'R' ? 'recette' : 'dépense'}`,
    );
  if (draft.order === false && info?.kind === 'order')
    return fail('BGT_OPBUDG', 'réel', `le chapitre ${chapter} ne porte que des opérations d'ordre`);
  const isReal = draft.order !== undefined ? !draft.order : info?.kind !== 'order';

  const knownAccount =
    refs.accounts[nomenclature].has(draft.account) || refs.accountLabels.has(`${nomenclature}:${draft.account}`);
  const knownFunction = refs.functionCodes.has(`${nomenclature}:${draft.functionCode}`);
  return {
    commune_insee: target.commune,
    budget: target.budget,
    year: draft.year,
    stage: draft.stage,
    document_seq: draft.documentSeq ?? 1,
    nomenclature,
    section,
    direction: draft.direction,
    is_real: isReal,
    account: draft.account,
    account_label: knownAccount ? null : plainLabel(draft.accountLabel),
    chapter,
    chapter_label: info ? null : plainLabel(draft.chapterLabel),
    function_code: draft.functionCode,
    function_label: knownFunction || draft.functionCode === '' ? null : plainLabel(draft.functionLabel),
    operation,
    ...draft.amounts,
  };
}

/**
 * A label as stored, the same from the TOTEM and from its SCDL conversion: TOTEM files escape twice
 * ("d&amp;#8217;entretien", read as "d&#8217;entretien") where the converter writes "d'entretien".
 */
export function plainLabel(label: string | undefined): string | null {
  if (label === undefined) return null;
  return label
    .replace(/&#(\d{2,6});/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/[\u2018\u2019]/g, "'");
}

/** Accounts whose real revenue only a budget principal has: local taxes (73111, 731x) and the DGF (7411). */
export function isPrincipalRevenue(account: string, direction: 'R' | 'D'): boolean {
  return direction === 'R' && (/^7311/.test(account) || /^7411/.test(account));
}
