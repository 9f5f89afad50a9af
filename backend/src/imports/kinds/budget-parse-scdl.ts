import type { ImportContext, ParseResult } from '../import-kind';
import { readColumns } from '../read-table';
import { budgetColumns } from './budget-columns';
import { needsCommune } from './budget-commune';
import { landLines } from './budget-land-lines';
import { converterColumns, schemaColumns } from './budget-lines';
import type { BudgetImportRecord } from './budget-record';
import { detectSwappedCodes, loadReferences } from './budget-scdl';

/**
 * A SCDL "budget" file (CSV or XLSX), in the schema's layout (article in BGT_CONTNAT, chapter in BGT_NATURE) or as
 * the TOTEM-to-SCDL converters write it (the two swapped): the values tell which.
 */
export async function parseScdl(file: Buffer, ctx: ImportContext): Promise<ParseResult<BudgetImportRecord>> {
  const missing = needsCommune(ctx);
  if (missing) return missing;
  const { rows, issues } = await readColumns(file, ctx.fileName, budgetColumns);
  if (rows.length === 0) return { records: [], issues };
  const refs = await loadReferences(ctx.db);
  const swapped = detectSwappedCodes(
    refs,
    rows.map((r) => ({ contnat: r.cells['BGT_CONTNAT'] ?? '', nature: r.cells['BGT_NATURE'] ?? '' })),
  );
  const codeColumns = swapped ? converterColumns : schemaColumns;
  return landLines(rows, codeColumns, refs, issues, ctx, { authoritativeName: false, layout: 'SCDL' });
}
