import { ImportReport } from '../data-access/import-rows';
import { summarizeReport } from './report-summary';

const report = (partial: Partial<ImportReport>): ImportReport => ({
  import_id: null,
  kind: 'degree-days',
  commune: '59350',
  file_name: 'dju.csv',
  files: ['dju.csv'],
  status: 'checked',
  rows_read: 0,
  rows_written: 0,
  rows_unchanged: 0,
  issues: [],
  warnings: [],
  summary: null,
  duration_ms: 12,
  ...partial,
  // the server counts every problem; a fixture counts the ones it lists
  issues_total: partial.issues_total ?? (partial.issues ?? []).length,
});

describe('summarizeReport', () => {
  it('says a clean check wrote nothing yet', () => {
    expect(summarizeReport(report({ rows_read: 1234 }), true, 'fr')).toBe(
      'Fichier vérifié : 1 234 lignes lisibles, aucun problème. Rien n’a encore été écrit.',
    );
  });

  it('counts the problems and the lines of a refused file', () => {
    const refused = report({
      status: 'refused',
      issues: [
        { line: 3, column: 'month', value: '2025-13', reason: 'mois illisible' },
        { line: 4, column: 'dju', value: 'beaucoup', reason: 'nombre illisible' },
        { line: 4, column: 'station', value: '', reason: 'vide' },
      ],
    });
    expect(summarizeReport(refused, true, 'fr')).toBe(
      'Fichier refusé : 3 problèmes sur 2 lignes. Rien n’a été écrit. Corrigez le fichier puis vérifiez-le à nouveau.',
    );
    expect(summarizeReport({ ...refused, issues: [refused.issues[0]], issues_total: 1 }, false, 'fr')).toBe(
      'Fichier refusé : 1 problème sur 1 ligne. Rien n’a été écrit.',
    );
  });

  it('counts every problem found, when the server kept only the first ones', () => {
    const refused = report({
      status: 'refused',
      issues: [
        { line: 3, column: 'dju', value: 'x', reason: 'nombre illisible' },
        { line: 4, column: 'dju', value: 'y', reason: 'nombre illisible' },
      ],
      issues_total: 2500,
    });
    expect(summarizeReport(refused, false, 'fr')).toMatch(
      /^Fichier refusé : 2\s500 problèmes sur 2 lignes\. Rien n’a été écrit\.$/,
    );
  });

  it('tells a landed file from a re-run that changed nothing', () => {
    expect(
      summarizeReport(report({ status: 'landed', rows_read: 12, rows_written: 10, rows_unchanged: 2 }), false, 'fr'),
    ).toBe('Import réussi : 12 lignes lues, 10 écrites ou modifiées, 2 déjà à jour.');
    expect(summarizeReport(report({ status: 'landed', rows_read: 12, rows_unchanged: 12 }), false, 'fr')).toBe(
      'Import réussi : les 12 lignes étaient déjà à jour, rien n’a changé.',
    );
  });
});
