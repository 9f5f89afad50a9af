import type { ImportReport } from './run-import';

const seconds = (ms: number) => (ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** The report a finance agent reads in a terminal: what landed, or every problem with its line and column. */
export function formatReport(report: ImportReport): string {
  const what = `Import ${report.kind} « ${report.file_name} »${report.commune ? ` (commune ${report.commune})` : ''}`;
  const notes = [...(report.summary?.notes ?? []), ...(report.warnings ?? []).map((w) => w.reason)];
  const summary = notes.map((line) => `\n  - ${line}`).join('');
  if (report.status === 'checked') {
    return `✔ ${what} : vérifié sans erreur, ${report.rows_read} lignes prêtes à importer (rien n'a été écrit : --dry-run).${summary}`;
  }
  if (report.status === 'landed') {
    return `✔ ${what} : ${report.rows_read} lignes lues, ${report.rows_written} écrites, ${report.rows_unchanged} déjà à jour ` +
      `(import n° ${report.import_id}, ${seconds(report.duration_ms)} s).${summary}`;
  }
  const lines = report.issues.map((i) => {
    const where = [i.line !== null ? `ligne ${i.line}` : null, i.column ? `colonne ${i.column}` : null,
      i.value !== null && i.value !== undefined ? `valeur « ${i.value} »` : null].filter(Boolean).join(', ');
    return `  - ${where ? `${where} : ` : ''}${i.reason}`;
  });
  const count = report.issues.length;
  return `✘ ${what} refusé : rien n'a été écrit. ${count} problème${count > 1 ? 's' : ''} :\n${lines.join('\n')}`;
}
