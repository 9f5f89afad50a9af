import type { ImportIssue } from '../import-kind';
import type { BudgetLineRecord, CodeColumns, LineDraft } from './budget-lines';
import {
  chapterFromAccount,
  chapterOf,
  type ChapterRef,
  isKnownChapter,
  type Nomenclature,
  normaliseChapter,
  type References,
  thirdPartyChapter,
} from './budget-scdl';

const sectionName = { F: 'de fonctionnement', I: "d'investissement" } as const;

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
  const placed = draftChapter(refs, draft, nomenclature);
  if (!placed)
    return fail(
      columns.account,
      draft.account,
      `compte ${draft.account} absent du plan de comptes ${nomenclature} pour ${draft.direction === 'R' ? 'une recette' : 'une dépense'}${draft.order ? " d'ordre" : ''} : indiquez son chapitre (colonne ${columns.chapter})`,
    );
  const { chapter, operation } = placed;
  const info = chapterOf(refs, nomenclature, chapter);
  const section = draft.section ?? info?.section;
  if (!section)
    return fail(
      'BGT_SECTION',
      null,
      `section absente et chapitre ${chapter} inconnu : indiquez fonctionnement ou investissement`,
    );
  const misfit = info && chapterMisfit(draft, chapter, section, info, columns);
  if (misfit) return fail(...misfit);
  const isReal = draft.order !== undefined ? !draft.order : info?.kind !== 'order';
  return storedLine(refs, draft, { ...target, nomenclature, chapter, operation, section, isReal, known: !!info });
}

/**
 * The chapter of a draft and its operation: the file's chapter (normalised; a 45x sub-account or an opération
 * d'équipement number moved to the operation), else the chart of accounts'; undefined when neither gives one.
 */
function draftChapter(
  refs: References,
  draft: LineDraft,
  nomenclature: Nomenclature,
): { chapter: string; operation: string } | undefined {
  const derived = chapterFromAccount(refs, nomenclature, draft.account, {
    direction: draft.direction,
    order: draft.order ?? false,
    orderType: draft.orderType,
  });
  if (!draft.chapterRaw) return derived ? { chapter: derived, operation: draft.operation } : undefined;
  const chapter = normaliseChapter(refs, draft.chapterRaw, {
    section: draft.section,
    direction: draft.direction,
    order: draft.order,
  });
  const thirdParty = thirdPartyChapter(refs, chapter);
  if (thirdParty) return { chapter: thirdParty, operation: draft.operation || chapter };
  if (!isKnownChapter(refs, chapter) && /^\d+$/.test(chapter) && derived)
    // a chapter "opération d'équipement" (vote by operation): the article gives the nature
    return { chapter: derived, operation: draft.operation || chapter };
  return { chapter, operation: draft.operation };
}

/** Why a known chapter does not fit the line (its section, direction, real or order), as a refusal's column, value and reason. */
function chapterMisfit(
  draft: LineDraft,
  chapter: string,
  section: 'F' | 'I',
  info: ChapterRef,
  columns: CodeColumns,
): [column: string, value: string | null, reason: string] | undefined {
  if (info.section !== section)
    return [
      columns.chapter,
      draft.chapterRaw ?? chapter,
      `le chapitre ${chapter} relève de la section ${sectionName[info.section]}`,
    ];
  if (!info.directions.includes(draft.direction))
    return [
      columns.chapter,
      draft.chapterRaw ?? chapter,
      `le chapitre ${chapter} ne s'emploie qu'en ${info.directions[0] === 'R' ? 'recette' : 'dépense'}`,
    ];
  if (draft.order === false && info.kind === 'order')
    return ['BGT_OPBUDG', 'réel', `le chapitre ${chapter} ne porte que des opérations d'ordre`];
  return undefined;
}

/** The line as stored: labels only where the nomenclature does not know the account, chapter or function. */
function storedLine(
  refs: References,
  draft: LineDraft,
  placed: {
    commune: string;
    budget: string;
    nomenclature: Nomenclature;
    chapter: string;
    operation: string;
    section: 'F' | 'I';
    isReal: boolean;
    /** Whether the nomenclature knows the chapter (then its label is not stored). */
    known: boolean;
  },
): BudgetLineRecord {
  const { nomenclature } = placed;
  const knownAccount =
    refs.accounts[nomenclature].has(draft.account) || refs.accountLabels.has(`${nomenclature}:${draft.account}`);
  const knownFunction = refs.functionCodes.has(`${nomenclature}:${draft.functionCode}`);
  return {
    commune_insee: placed.commune,
    budget: placed.budget,
    year: draft.year,
    stage: draft.stage,
    document_seq: draft.documentSeq ?? 1,
    nomenclature,
    section: placed.section,
    direction: draft.direction,
    is_real: placed.isReal,
    account: draft.account,
    account_label: knownAccount ? null : plainLabel(draft.accountLabel),
    chapter: placed.chapter,
    chapter_label: placed.known ? null : plainLabel(draft.chapterLabel),
    function_code: draft.functionCode,
    function_label: knownFunction || draft.functionCode === '' ? null : plainLabel(draft.functionLabel),
    operation: placed.operation,
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
