import { ImportRecord } from '../data-access/import-rows';
import { buildHistoryRows, buildReportView, rollbackMessage } from './imports.selectors';

const record = (id: number, kind: string, status: ImportRecord['status']): ImportRecord => ({
  id,
  kind,
  commune_insee: '59350',
  file_name: `${kind}-${id}.csv`,
  status,
  rows_read: 10,
  rows_written: status === 'landed' ? 10 : 0,
  imported_by: 'agent@lille.fr',
  started_at: '2026-11-20T14:05:00Z',
  finished_at: '2026-11-20T14:05:02Z',
  issues: status === 'refused' ? 2 : 0,
});

describe('imports view model', () => {
  it('offers to roll back only the latest landed import of each kind', () => {
    const rows = buildHistoryRows(
      [
        record(9, 'degree-days', 'refused'),
        record(8, 'degree-days', 'landed'),
        record(7, 'readings', 'landed'),
        record(6, 'degree-days', 'landed'),
        record(5, 'degree-days', 'rolled_back'),
      ],
      [],
      'fr',
    );
    expect(rows.map((row) => [row.id, row.canRollBack])).toEqual([
      [9, false],
      [8, true],
      [7, true],
      [6, false],
      [5, false],
    ]);
    expect(rows[0].kind).toBe('Degrés-jours unifiés');
    expect(rows[0].status).toBe('Refusé');
    expect(rows[4].status).toBe('Annulé');
  });

  it('lays the problems of a refused file out line by line', () => {
    const view = buildReportView(
      {
        import_id: null,
        kind: 'degree-days',
        commune: '59350',
        file_name: 'dju.csv',
        files: ['dju.csv'],
        status: 'refused',
        rows_read: 3,
        rows_written: 0,
        rows_unchanged: 0,
        issues_total: 2,
        warnings: [],
        summary: null,
        duration_ms: 5,
        issues: [
          { line: 3, column: 'month', value: '2025-13', reason: 'mois illisible' },
          { line: null, column: null, value: null, reason: 'fichier vide' },
        ],
      },
      'checked',
      'fr',
    )!;
    expect(view.canImport).toBeFalse();
    expect(view.columns.map((column) => column.label)).toEqual(['Ligne', 'Colonne', 'Valeur', 'Problème']);
    expect(view.issues).toEqual([
      { line: 3, column: 'month', value: '2025-13', reason: 'mois illisible' },
      { line: null, column: '—', value: '—', reason: 'fichier vide' },
    ]);
  });

  it('says what a rollback did, or why it could not', () => {
    expect(rollbackMessage({ id: 8, ok: true, restored: 2, deleted: 10 }, 'fr')).toBe(
      'Import n° 8 annulé : 2 lignes remises à leur valeur précédente, 10 supprimées.',
    );
    expect(
      rollbackMessage({ id: 6, ok: false, error: 'Import 8 of the same kind came later: roll it back first' }, 'fr'),
    ).toContain('L’import n° 6 n’a pas pu être annulé');
  });
});
