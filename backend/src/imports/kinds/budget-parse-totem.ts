import type { ImportContext, ImportIssue, ParseResult } from '../import-kind';
import { needsCommune } from './budget-commune';
import { landLines } from './budget-land-lines';
import { converterColumns } from './budget-lines';
import type { BudgetImportRecord } from './budget-record';
import { loadReferences } from './budget-scdl';
import { readTotem, totemElementOf, type TotemDocument, TotemXmlError } from './budget-totem';

/**
 * A TOTEM XML document of the commune, its lines read as the converters write them in SCDL columns; a refusal
 * names the TOTEM element, not the SCDL column.
 */
export async function parseTotem(file: Buffer, ctx: ImportContext): Promise<ParseResult<BudgetImportRecord>> {
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
  const issues = documentIssues(document, ctx.commune);
  if (issues.length) return { records: [], issues };
  const refs = await loadReferences(ctx.db);
  const { header, rows } = document;
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

/** A document of another commune (its CodInseeColl), or without any budget line, is refused whole. */
function documentIssues({ header, rows }: TotemDocument, commune: string): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (header.codInseeColl && /^(\d{5}|2[AB]\d{3})$/.test(header.codInseeColl) && header.codInseeColl !== commune) {
    issues.push({
      line: null,
      column: 'CodInseeColl',
      value: header.codInseeColl,
      reason: `document TOTEM de la commune ${header.codInseeColl}, pas de la commune ${commune}`,
    });
  }
  if (rows.length === 0)
    issues.push({
      line: null,
      column: 'LigneBudget',
      value: null,
      reason: 'aucune ligne budgétaire (LigneBudget) dans ce document TOTEM',
    });
  return issues;
}
