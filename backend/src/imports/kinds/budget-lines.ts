import type { ImportIssue } from '../import-kind';
import type { TableRow } from '../read-table';
import { RowReader } from '../values';
import {
  directionSynonyms,
  inferNomenclature,
  type Nomenclature,
  normaliseChapter,
  readSiret,
  realSynonyms,
  type References,
  sectionSynonyms,
  splitFunction,
  type Stage,
  stageSynonyms,
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

/** Accounts whose real revenue only a budget principal has: local taxes (73111, 731x) and the DGF (7411). */
export function isPrincipalRevenue(account: string, direction: 'R' | 'D'): boolean {
  return direction === 'R' && (/^7311/.test(account) || /^7411/.test(account));
}
