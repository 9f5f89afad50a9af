import type { Knex } from 'knex';
import type { ImportIssue } from '../import-kind';
import type { LineDraft } from './budget-lines';

/** One collectivity per file (its budgets share one SIREN), and it must be the commune's when its SIREN is known. */
export async function checkCollectivity(
  db: Knex,
  commune: string,
  drafts: LineDraft[],
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
export async function checkDecisionNumbers(
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
