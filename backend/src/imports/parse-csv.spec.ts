import { defaultLimits, ImportRefusal, withLimits } from './limits';
import { readTable } from './read-table';
import { formatMismatch, sniffFormat } from './sniff';

const limited = (changes: Partial<typeof defaultLimits>, run: () => Promise<unknown>) =>
  withLimits({ ...defaultLimits, ...changes }, run);
const refusal = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error.issues;
    throw error;
  }
  throw new Error('not refused');
};

describe('reading a CSV within the operator limits', () => {
  it('reads quoted cells holding separators, doubled quotes and line breaks', async () => {
    const table = await readTable(
      Buffer.from('nom;note\r\n"Dupont; Jean";"il a dit ""oui"""\r\n"a\nb";2\r\n\r\nx;3\r\n'),
      'x.csv',
    );

    expect(table.rows).toEqual([
      { line: 2, cells: { nom: 'Dupont; Jean', note: 'il a dit "oui"' } },
      { line: 4, cells: { nom: 'a\nb', note: '2' } },
      { line: 6, cells: { nom: 'x', note: '3' } },
    ]);
  });

  it('refuses a quote never closed, in French, with its line, instead of reading the rest as one cell', async () => {
    const issues = await refusal(() => readTable(Buffer.from('a;b\n1;2\n"3;4\n5;6\n'), 'x.csv'));

    expect(issues).toEqual([
      {
        line: 3,
        column: null,
        value: null,
        reason:
          'un guillemet ouvert à cette ligne n’est jamais refermé : la suite du fichier serait lue comme une seule cellule',
      },
    ]);
  });

  it('refuses a file over the row limit before reading it to the end', async () => {
    const file = Buffer.from(['a;b', ...Array.from({ length: 50 }, (_, i) => `${i};x`)].join('\n'));

    const issues = await refusal(() => limited({ maxRows: 10 }, () => readTable(file, 'x.csv')));

    expect(issues[0].reason).toBe(
      'fichier trop long : plus de 10 lignes de données (limite IMPORT_MAX_ROWS) ; découpez-le, par exemple par année',
    );
  });

  it('refuses a cell over the limit, naming its column and quoting only its first 60 characters', async () => {
    const file = Buffer.from(`a;libelle\n1;ok\n2;${'é'.repeat(3_000_000)}\n`);

    const issues = await refusal(() => limited({ maxCellChars: 1000 }, () => readTable(file, 'x.csv')));

    expect(issues).toEqual([
      {
        line: 3,
        column: 'libelle',
        value: 'é'.repeat(60),
        reason: 'cellule trop longue : plus de 1 000 caractères (limite IMPORT_MAX_CELL_CHARS)',
      },
    ]);
  });
});

describe('a file of another format than the kind expects is named as such', () => {
  const counts = { kind: 'counts', formats: ['csv', 'xlsx'] as const };

  it('names a TOTEM budget document and the kind to use', () => {
    const totem = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">',
    );

    expect(sniffFormat(totem)).toBe('totem');
    expect(formatMismatch(counts, totem)).toBe(
      'ce fichier est un document budgétaire TOTEM (XML) : importez-le avec le type budget',
    );
  });

  it('names an XLSX, a PDF or a GeoJSON given to a kind that reads none of them', () => {
    const degreeDaysCsvOnly = { kind: 'degree-days', formats: ['csv'] as const };

    expect(
      formatMismatch(degreeDaysCsvOnly, Buffer.from('PK\u0003\u0004....[Content_Types].xml xl/workbook.xml')),
    ).toBe(
      'ce fichier est un classeur Excel (XLSX) : enregistrez la feuille au format CSV (séparateur point-virgule) et importez ce CSV',
    );
    expect(formatMismatch(counts, Buffer.from('%PDF-1.7'))).toContain('ce fichier est un document PDF');
    expect(formatMismatch(counts, Buffer.from('{"type":"FeatureCollection"}'))).toBe(
      'ce fichier est un fichier JSON ou GeoJSON : importez les contours avec le type quartiers (GeoJSON)',
    );
    expect(formatMismatch(counts, Buffer.from('site;count\n'))).toBeUndefined();
  });
});
