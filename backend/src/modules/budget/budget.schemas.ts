import { z } from 'zod';
import { inseeCode, year } from '../../http/validate';

/** json (default), or a file a finance agent opens in Excel: csv (`;`, decimal comma, UTF-8 with BOM) or xlsx. */
export const format = z.enum(['json', 'csv', 'xlsx']).default('json');
export const section = z.enum(['F', 'I']);
export const direction = z.enum(['D', 'R']);
export const levels = ['section', 'chapter', 'function', 'subfunction', 'function_chapter', 'article'] as const;
export const placeKinds = ['quartier', 'building', 'street', 'commune', 'unlocated'] as const;
export const programmeStatuses = ['planned', 'in_progress', 'done', 'suspended'] as const;

const functionCode = z.string().regex(/^\d?$/, 'doit être un chiffre (une fonction), ou vide pour « non ventilé »');
const subfunctionCode = z.string().regex(/^\d{0,2}$/, 'doit être un code de sous-fonction à deux chiffres');
const chapterCode = z.string().regex(/^[0-9A-Z]{1,9}$/, 'doit être un code de chapitre, par exemple 011 ou 21');
const accountCode = z.string().regex(/^[0-9A-Z]{1,9}$/, 'doit être un compte, par exemple 60612');

/** "59350,59512": a list of INSEE codes. */
const communeList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(inseeCode).min(1).max(20));

/** Which budget: the budget principal (default), a budget annexe (its SIRET), or every budget consolidated. */
export const budgetChoice = z
  .string()
  .regex(
    /^(principal|consolidated|\d{14})$/,
    "doit être principal, consolidated ou le SIRET d'un budget annexe (14 chiffres)",
  )
  .default('principal');

/** The public contract: GET /budget/ratios?commune=&year= (budget principal unless `budget` says otherwise). */
export const ratiosQuery = z.object({ commune: inseeCode, year, budget: budgetChoice });

export const healthQuery = z.object({
  commune: inseeCode,
  budget: budgetChoice,
  year: year.optional(),
  years: z.coerce.number().int().min(1).max(20).default(6),
  format,
});

export const executionQuery = z.object({
  commune: inseeCode,
  year,
  level: z.enum(levels).default('chapter'),
  section: section.optional(),
  direction: direction.optional(),
  function: functionCode.optional(),
  subfunction: subfunctionCode.optional(),
  chapter: chapterCode.optional(),
  format,
});

export const linesQuery = z.object({
  commune: inseeCode,
  year,
  section: section.optional(),
  direction: direction.optional(),
  function: functionCode.optional(),
  chapter: chapterCode.optional(),
  account: accountCode.optional(),
  operations: z.enum(['real', 'order', 'all']).default('real'),
  format,
});

export const communeQuery = z.object({ commune: inseeCode });

export const comparisonQuery = z.object({ year, communes: communeList.optional(), format });

export const structureQuery = z.object({
  year,
  communes: communeList.optional(),
  axis: z.enum(['nature', 'function']).default('nature'),
  section: section.default('F'),
  direction: direction.default('D'),
  format,
});

export const programmesQuery = z.object({
  commune: inseeCode,
  status: z.enum(programmeStatuses).optional(),
  quartier: z.coerce.number().int().positive().optional(),
  format,
});

export const programmeParams = z.object({ id: z.string().min(1).max(50) });
export const programmeQuery = z.object({ commune: inseeCode, format });

export const investmentQuery = z.object({
  commune: inseeCode,
  year,
  place: z.enum(placeKinds).default('quartier'),
  format,
});

/** quartier: a quartier id, or "none" for the programmes placed in no quartier. */
export const operationsQuery = z.object({
  commune: inseeCode,
  year,
  quartier: z.union([z.literal('none'), z.coerce.number().int().positive()]).optional(),
  format,
});
