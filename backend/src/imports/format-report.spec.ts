import { formatReport, lineRanges } from './format-report';
import type { ImportReport } from './run-import';
import { tidyIssues } from './tidy-issues';

const refused = (issues: ImportReport['issues'], total = issues.length): ImportReport => ({
  import_id: 7,
  kind: 'readings',
  commune: '59350',
  file_name: 'releves.csv',
  files: ['releves.csv'],
  status: 'refused',
  rows_read: 100,
  rows_written: 0,
  rows_unchanged: 0,
  issues,
  issues_total: total,
  warnings: [],
  summary: null,
  duration_ms: 12,
});

describe('the report a finance agent reads when a file is refused', () => {
  it('groups a problem repeated on many lines into one line of ranges', () => {
    const issues = [12, 13, 14, 60, 75, 80, 81, 82].map((line) => ({
      line,
      column: 'kwh',
      value: 'n/a',
      reason: 'nombre illisible',
    }));

    const text = formatReport(refused(issues));

    expect(text).toContain('8 problèmes :');
    expect(text).toContain('  - lignes 12 à 14, 60, 75 et 80 à 82, colonne kwh, valeur « n/a » : nombre illisible');
    expect(text.split('\n').length).withContext('one line for the eight lines').toBe(2);
  });

  it('lists at most 20 ranges of lines, then how many more', () => {
    expect(lineRanges([3])).toBe('ligne 3');
    expect(lineRanges(Array.from({ length: 30 }, (_, i) => 2 + 2 * i))).toBe(
      `lignes ${Array.from({ length: 20 }, (_, i) => 2 + 2 * i).join(', ')} et 10 autres lignes`,
    );
  });

  it('says a missing column once, not once per line, and cuts values to 60 characters', () => {
    const huge = 'x'.repeat(300_000);
    const issues = [
      { line: 1, column: 'kwh', value: null, reason: 'colonne obligatoire absente (en-tête attendu : kwh)' },
      ...Array.from({ length: 5000 }, (_, i) => ({
        line: i + 2,
        column: 'kwh',
        value: null,
        reason: 'nombre obligatoire manquant',
      })),
      { line: 3, column: 'compteur', value: huge, reason: 'compteur inconnu' },
    ];

    const { kept, total } = tidyIssues(issues, 1000);

    expect(total).toBe(2);
    expect(kept.map((i) => [i.line, i.column])).toEqual([
      [1, 'kwh'],
      [3, 'compteur'],
    ]);
    expect(kept[1].value!.length).toBe(60);
    expect(kept[1].value!.endsWith('…')).toBeTrue();
  });

  it('keeps the first problems and counts the rest', () => {
    const issues = Array.from({ length: 1500 }, (_, i) => ({
      line: 1500 - i,
      column: 'date',
      value: `j${i}`,
      reason: 'date illisible',
    }));

    const { kept, total } = tidyIssues(issues, 1000);
    const text = formatReport(refused(kept, total));

    expect(total).toBe(1500);
    expect(kept.length).toBe(1000);
    expect(kept[0].line).withContext('sorted by line').toBe(1);
    expect(text).toContain('1 500 problèmes :');
    expect(text).toContain('lignes 1 à 1000, colonne date : date illisible (par exemple « j1499 »)');
    expect(text).toContain('(1 500 problèmes en tout : les 1 000 premiers sont détaillés ci-dessus)');
  });

  it('names the file of a set', () => {
    const report = {
      ...refused([{ line: 4, column: 'count', value: '-3', reason: 'nombre négatif', file: 'measures.csv' }]),
      files: ['sites.csv', 'measures.csv'],
    };

    expect(formatReport(report)).toContain(
      '  - fichier measures.csv, ligne 4, colonne count, valeur « -3 » : nombre négatif',
    );
  });
});
