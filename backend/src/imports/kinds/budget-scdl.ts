import type { Knex } from 'knex';
import { simplify } from '../values';

/**
 * The SCDL "budget" vocabulary as real files write it (DOMAIN.md §1, "Open data format"): words of the schema,
 * TOTEM codes (NatDec 01/02/03/09, CodRD R/D, OpBudg 0/1), the schema's own 0/1 for recette/dépense, English.
 * Keys are simplified (lowercase, no accents).
 */
export type Stage = 'BP' | 'BS' | 'DM' | 'CA';
export type Nomenclature = 'M57' | 'M14';

export const stageSynonyms: Record<string, Stage> = {
  'budget primitif': 'BP',
  'budget previsionnel': 'BP',
  bp: 'BP',
  '01': 'BP',
  '1': 'BP',
  primitif: 'BP',
  'budget supplementaire': 'BS',
  bs: 'BS',
  '03': 'BS',
  '3': 'BS',
  supplementaire: 'BS',
  'decision modificative': 'DM',
  dm: 'DM',
  '02': 'DM',
  '2': 'DM',
  'compte administratif': 'CA',
  ca: 'CA',
  '09': 'CA',
  '9': 'CA',
  '10': 'CA',
  'compte financier unique': 'CA',
  cfu: 'CA',
};

export const sectionSynonyms: Record<string, 'F' | 'I'> = {
  fonctionnement: 'F',
  f: 'F',
  'section de fonctionnement': 'F',
  operating: 'F',
  investissement: 'I',
  i: 'I',
  "section d'investissement": 'I',
  'section d investissement': 'I',
  investment: 'I',
};

/** The schema codes recette 0, dépense 1 (TOTEM: R, D). */
export const directionSynonyms: Record<string, 'R' | 'D'> = {
  recette: 'R',
  recettes: 'R',
  r: 'R',
  '0': 'R',
  revenue: 'R',
  depense: 'D',
  depenses: 'D',
  d: 'D',
  '1': 'D',
  expense: 'D',
  expenditure: 'D',
};

/** TOTEM OpBudg: 0 réel, 1 ordre. */
export const realSynonyms: Record<string, 'real' | 'order'> = {
  reel: 'real',
  reelle: 'real',
  reelles: 'real',
  'operation reelle': 'real',
  r: 'real',
  '0': 'real',
  real: 'real',
  ordre: 'order',
  "operation d'ordre": 'order',
  'operation d ordre': 'order',
  o: 'order',
  '1': 'order',
  order: 'order',
};

export const nomenclatureSynonyms: Record<string, Nomenclature> = {
  m57: 'M57',
  'm57 abregee': 'M57',
  'm57 developpee': 'M57',
  'm 57': 'M57',
  m14: 'M14',
  'm 14': 'M14',
  'm14 abregee': 'M14',
  'm14 developpee': 'M14',
};

export interface ChapterRef {
  nomenclature: Nomenclature;
  code: string;
  label: string;
  section: 'F' | 'I';
  directions: ('D' | 'R')[];
  kind: 'real' | 'order' | 'result';
}

export interface FunctionRef {
  nomenclature: Nomenclature;
  code: string;
  label: string;
}

/** Where an account (article) goes in the chart of accounts (plan de comptes): its chapter for each use. */
export interface AccountRef {
  expense_chapter: string | null;
  revenue_chapter: string | null;
  expense_transfer_chapter: string | null;
  revenue_transfer_chapter: string | null;
  expense_internal_chapter: string | null;
  revenue_internal_chapter: string | null;
}

export interface References {
  chapters: Map<string, ChapterRef[]>;
  functions: FunctionRef[];
  /** "M57:212": every functional code of each nomenclature. */
  functionCodes: Set<string>;
  /** By nomenclature, then account. */
  accounts: Record<Nomenclature, Map<string, AccountRef>>;
  /** "M57:60612": every account the reference tables name. */
  accountLabels: Set<string>;
  /** Chapters already looked up (a balance asks for the same accounts thousands of times). */
  chapterCache: Map<string, string | undefined>;
}

export async function loadReferences(db: Knex): Promise<References> {
  const chapters = (await db('budget_chapters').select('*')) as ChapterRef[];
  const byCode = new Map<string, ChapterRef[]>();
  for (const chapter of chapters) byCode.set(chapter.code, [...(byCode.get(chapter.code) ?? []), chapter]);
  const functions = (await db('budget_functions').select('nomenclature', 'code', 'label')) as FunctionRef[];
  const accounts: References['accounts'] = { M57: new Map(), M14: new Map() };
  const accountLabels = new Set<string>();
  const rows = (await db('budget_accounts').select('*')) as (AccountRef & {
    nomenclature: Nomenclature;
    account: string;
  })[];
  for (const row of rows) {
    accountLabels.add(`${row.nomenclature}:${row.account}`);
    const chapters = [
      row.expense_chapter,
      row.revenue_chapter,
      row.expense_transfer_chapter,
      row.revenue_transfer_chapter,
    ];
    if ([...chapters, row.expense_internal_chapter, row.revenue_internal_chapter].some((c) => c))
      accounts[row.nomenclature].set(row.account, row);
  }
  const functionCodes = new Set(functions.map((f) => `${f.nomenclature}:${f.code}`));
  return { chapters: byCode, functions, functionCodes, accounts, accountLabels, chapterCache: new Map() };
}

/** A chapter as the nomenclature knows it, or undefined. */
export function chapterOf(refs: References, nomenclature: Nomenclature, code: string): ChapterRef | undefined {
  return refs.chapters.get(code)?.find((c) => c.nomenclature === nomenclature) ?? refs.chapters.get(code)?.[0];
}

/**
 * The chapter of a line that gives only its article (BGT_CONTNAT empty, as the TOTEM-to-SCDL converters write
 * ordinary lines), from the chart of accounts: the chapter of a real expense or revenue (DR / RR), of an order
 * operation between sections (040 / 042, DOES / ROES; TOTEM TypOpBudg 2) or inside a section (041 / 043, DOIS /
 * ROIS; TypOpBudg 1). An order line that does not say which takes the transfer chapter when the account has one.
 * Results carried over (001, 002) are their own chapter. An account the plan does not list takes its nearest
 * parent's chapter (60611 -> 6061 -> 606). Undefined when nothing fits.
 */
export function chapterFromAccount(
  refs: References,
  nomenclature: Nomenclature,
  account: string,
  line: { direction: 'D' | 'R'; order: boolean; orderType?: 'transfer' | 'internal' },
): string | undefined {
  if (account === '001' || account === '002') return account;
  const key = `${nomenclature}|${account}|${line.direction}|${line.order}|${line.orderType ?? ''}`;
  if (refs.chapterCache.has(key)) return refs.chapterCache.get(key);
  const chapter = lookUpChapter(refs, nomenclature, account, line);
  refs.chapterCache.set(key, chapter);
  return chapter;
}

function lookUpChapter(
  refs: References,
  nomenclature: Nomenclature,
  account: string,
  line: { direction: 'D' | 'R'; order: boolean; orderType?: 'transfer' | 'internal' },
): string | undefined {
  const plan = refs.accounts[nomenclature];
  const side = line.direction === 'D' ? 'expense' : 'revenue';
  const pick = (ref: AccountRef) => {
    if (!line.order) return ref[`${side}_chapter`] ?? undefined;
    const transfer = ref[`${side}_transfer_chapter`];
    const internal = ref[`${side}_internal_chapter`];
    return (line.orderType === 'internal' ? (internal ?? transfer) : (transfer ?? internal)) ?? undefined;
  };
  for (let code = account; code.length > 0; code = code.slice(0, -1)) {
    const ref = plan.get(code);
    if (ref) return pick(ref);
    if (code === account) {
      // an account the plan only subdivides (7411 -> 74111, 74112...): the chapter its subdivisions share
      const chapters = new Set([...plan].filter(([c]) => c.startsWith(account)).flatMap(([, r]) => pick(r) ?? []));
      if (chapters.size === 1) return [...chapters][0];
      if (chapters.size > 1) return undefined;
    }
  }
  return undefined;
}

/**
 * Chapters of opérations pour compte de tiers written with their sub-account (45411, 45821...) where the
 * nomenclature knows only the chapter (4541, 4582): the known four-digit chapter.
 */
export function thirdPartyChapter(refs: References, code: string): string | undefined {
  if (!/^45\d{3,}$/.test(code) || isKnownChapter(refs, code)) return undefined;
  const base = code.slice(0, 4);
  return isKnownChapter(refs, base) ? base : undefined;
}

export function isKnownChapter(refs: References, code: string): boolean {
  return refs.chapters.has(code);
}

/**
 * A chapter code as the nomenclature writes it. Spreadsheets drop leading zeros (011 -> 11, 042 -> 42, 023 -> 23):
 * when the code as written does not fit the line (its section, direction, real or order), a padded form that fits,
 * if exactly one does, is the chapter meant.
 */
export function normaliseChapter(
  refs: References,
  raw: string,
  line: { section?: 'F' | 'I'; direction?: 'D' | 'R'; order?: boolean } = {},
): string {
  const code = raw.trim().toUpperCase();
  if (!/^\d{1,3}$/.test(code)) return code;
  const fits = (candidate: string) =>
    (refs.chapters.get(candidate) ?? []).some(
      (c) =>
        (!line.section || c.section === line.section) &&
        (!line.direction || c.directions.includes(line.direction)) &&
        (line.order === undefined || (c.kind === 'order') === line.order),
    );
  if (fits(code)) return code;
  const candidates = ['0' + code, '00' + code].filter((c) => c.length <= 3 && fits(c));
  return candidates.length === 1 ? candidates[0] : code;
}

export function chapterInfo(refs: References, code: string): ChapterRef | undefined {
  return refs.chapters.get(code)?.[0];
}

/** "212", or "212 - Écoles primaires" as some exports write it: the code, and the label if any. */
export function splitFunction(raw: string): { code: string; label?: string } | undefined {
  const text = raw.trim();
  if (text === '') return { code: '' };
  const match = /^(\d{1,4})(?:\s*[-–:]\s*(.+))?$/.exec(text);
  return match ? { code: match[1], label: match[2]?.trim() } : undefined;
}

/**
 * Which of the file's two code columns holds the chapter. The schema puts the account in BGT_CONTNAT and the chapter
 * in BGT_NATURE; files converted from TOTEM by the widespread XSL do the opposite (ContNat is TOTEM's chapter). The
 * column whose values are mostly known chapter codes is the chapter.
 */
export function detectSwappedCodes(refs: References, pairs: { contnat: string; nature: string }[]): boolean {
  let schema = 0;
  let swapped = 0;
  for (const { contnat, nature } of pairs) {
    const natureIsChapter = isKnownChapter(refs, normaliseChapter(refs, nature));
    const contnatIsChapter = isKnownChapter(refs, normaliseChapter(refs, contnat));
    if (natureIsChapter && !contnatIsChapter && contnat.trim() !== '') schema++;
    else if (contnatIsChapter && !natureIsChapter) swapped++;
    // the converters leave ContNat empty on ordinary lines and write the article in BGT_NATURE
    else if (contnat.trim() === '' && nature.trim() !== '' && !natureIsChapter) swapped++;
    else if (nature.trim() === '' && contnat.trim() !== '' && !contnatIsChapter) schema++;
  }
  return swapped > schema;
}

/**
 * The nomenclature of one year's lines when the file does not say it: M57 from 2024 (compulsory for every
 * commune); before, chapter 731 (M57 only), then the labels the file gives to functions and chapters, compared with
 * each nomenclature's. A file with no function codes reads the same in both (chapter codes are shared): M14.
 * Undefined when nothing decides.
 */
export function inferNomenclature(
  refs: References,
  year: number,
  lines: { chapter: string; chapterLabel?: string; functionCode: string; functionLabel?: string }[],
): Nomenclature | undefined {
  if (year >= 2024) return 'M57';
  if (lines.some((l) => l.chapter === '731')) return 'M57';
  const score = { M57: 0, M14: 0 };
  const same = (a: string, b: string) =>
    simplify(a)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim() ===
    simplify(b)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  for (const line of lines) {
    if (line.functionCode && line.functionLabel) {
      for (const f of refs.functions) {
        if (f.code === line.functionCode && same(f.label, line.functionLabel)) score[f.nomenclature]++;
      }
    }
    if (line.chapterLabel) {
      for (const c of refs.chapters.get(line.chapter) ?? [])
        if (same(c.label, line.chapterLabel)) score[c.nomenclature]++;
    }
  }
  if (score.M57 !== score.M14) return score.M57 > score.M14 ? 'M57' : 'M14';
  if (lines.every((l) => l.functionCode === '')) return 'M14';
  return undefined;
}

/** "…_DM2.csv", "dm-3 2024.xlsx": the number of a décision modificative named in its file name. */
export function dmNumberFromFileName(fileName: string): number | undefined {
  const match = /(?:^|[^a-z])dm\s*[-_ n°o]*\s*(\d{1,2})(?!\d)/i.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** A SIRET as the file writes it: spaces removed; spreadsheets that turned it into 2,159E+13 lost digits. */
export function readSiret(raw: string): { siret?: string; reason?: string } {
  const text = raw.replace(/[\s\u00a0.]/g, '');
  if (text === '') return {};
  if (/^\d{14}$/.test(text)) return { siret: text };
  if (/e\+?\d+$/i.test(text))
    return {
      reason:
        'SIRET écrit en notation scientifique par un tableur : des chiffres sont perdus (formatez la colonne en texte)',
    };
  return { reason: 'SIRET invalide (14 chiffres attendus)' };
}
