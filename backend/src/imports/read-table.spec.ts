import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readColumns, readTable } from './read-table';

describe('reading a table file', () => {
  it('reads a Windows-1252 CSV with ";" and keeps the accents and the line numbers', async () => {
    const file = iconv.encode('quartier;dépense\r\n"Faubourg de Béthune";1 234,5\r\nHellemmes;12\r\n', 'win1252');

    const table = await readTable(file, 'export.csv');

    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['quartier', 'dépense']);
    expect(table.rows).toEqual([
      { line: 2, cells: { quartier: 'Faubourg de Béthune', dépense: '1 234,5' } },
      { line: 3, cells: { quartier: 'Hellemmes', dépense: '12' } },
    ]);
  });

  it('reads a UTF-8 CSV with a BOM, "," separators and a quoted label holding the separator', async () => {
    const file = Buffer.from('\uFEFFname,amount\n"Salle, polyvalente",12.5\n', 'utf8');

    const table = await readTable(file, 'x.csv');

    expect(table.encoding).toBe('utf-8');
    expect(table.rows[0].cells).toEqual({ name: 'Salle, polyvalente', amount: '12.5' });
  });

  it('counts lines of a multi-line quoted cell so later rows keep their true line number', async () => {
    const file = Buffer.from('a;b\n"deux\nlignes";1\nx;2\n');

    const table = await readTable(file, 'x.csv');

    expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DJU');
    sheet.addRow(['mois', 'dju']);
    sheet.addRow(['2025-01', 402.5]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const table = await readTable(file, 'dju.xlsx');

    expect(table.rows).toEqual([{ line: 2, cells: { mois: '2025-01', dju: '402.5' } }]);
  });

  it('matches documented columns whatever their case and accents, and names the missing required ones', async () => {
    const file = Buffer.from('MOIS;Station\n2025-01;Lesquin\n');
    const columns = [
      { name: 'month', required: true, description: '', aliases: ['mois'] },
      { name: 'dju', required: true, description: '' },
      { name: 'station', required: false, description: '' },
    ];

    const { rows, issues } = await readColumns(file, 'x.csv', columns);

    expect(rows).toEqual([{ line: 2, cells: { month: '2025-01', station: 'Lesquin' } }]);
    expect(issues).toEqual([
      { line: 1, column: 'dju', value: null, reason: 'colonne obligatoire absente (en-tête attendu : dju)' },
    ]);
  });
});
