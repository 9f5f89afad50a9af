import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { ImportReport } from '../data-access/import-rows';

const count = (value: number, lang: Lang) => level(value, 'integer', lang);

/**
 * One sentence on what happened to the file, e.g. "Fichier vérifié : 120 lignes lisibles, aucun problème. Rien
 * n'a encore été écrit." or "Fichier refusé : 3 problèmes sur 2 lignes. Rien n'a été écrit."
 */
export function summarizeReport(report: ImportReport, dryRun: boolean, lang: Lang): string {
  const rows = count(report.rows_read, lang);
  if (report.status === 'checked') return translate(lang, 'imports.report.checked', { rows });
  if (report.status === 'refused') {
    const lines = new Set(report.issues.map((issue) => issue.line).filter((line) => line !== null));
    const problems = count(report.issues_total ?? report.issues.length, lang);
    const key =
      lines.size === 0
        ? 'imports.report.refusedFile'
        : lines.size === 1
          ? 'imports.report.refusedOneLine'
          : 'imports.report.refused';
    const sentence = translate(lang, key, { problems, lines: count(lines.size, lang) });
    return `${sentence} ${translate(lang, dryRun ? 'imports.report.fixAndCheck' : 'imports.report.nothingWritten')}`;
  }
  if (report.rows_written === 0) return translate(lang, 'imports.report.unchanged', { rows });
  return translate(lang, 'imports.report.landed', {
    rows,
    written: count(report.rows_written, lang),
    unchanged: count(report.rows_unchanged, lang),
  });
}
