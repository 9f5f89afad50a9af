import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import express from 'express';
import { sendRows, sendTable, type ExportFormat } from './send-table';

/**
 * A finance agent downloads a table to open it in Excel in French: every module's export goes through this one
 * writer, so here is the whole story on two rows that carry every awkward value.
 */
describe('a table sent as JSON, as a French CSV or as an XLSX workbook', () => {
  const rows = [
    {
      code: '011',
      label: 'Charges à caractère général; "fluides"',
      credits_open: 1234.56,
      execution_rate: 0.875,
      is_real: true,
      quartier: null,
      programmes: ['École Jules-Ferry', 'Gymnase'],
      signed_at: new Date('2024-03-04T05:06:07.000Z'),
    },
    {
      code: '012',
      label: 'Charges de personnel',
      credits_open: 20_000,
      execution_rate: null,
      is_real: false,
      quartier: 'Vieux-Lille',
      programmes: [],
      signed_at: null,
    },
  ];
  const headers = {
    label: 'Libellé',
    credits_open: 'Crédits ouverts (€)',
    execution_rate: "Taux d'exécution",
    is_real: 'Opération réelle',
  };
  const numberFormat = (key: string) =>
    key === 'credits_open' ? '#,##0.00 "€"' : key.endsWith('_rate') ? '0.0%' : undefined;

  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.get('/chapitres', (req, res) =>
      sendTable(res, {
        format: req.query.format as ExportFormat,
        fileName: 'execution-2024',
        sheets: [
          { name: 'Exécution par chapitre', rows },
          { name: 'Programmes', rows: [{ code: 'AP-1', credits_open: 5 }] },
        ],
        headers,
        numberFormat,
      }),
    );
    app.get('/programme', (req, res) =>
      sendTable(res, {
        format: req.query.format as ExportFormat,
        fileName: 'programme',
        sheets: [{ name: 'Historique', rows }],
        json: { programme: 'AP-1', periods: [] },
      }),
    );
    app.get('/operat', (req, res) =>
      sendRows(res, rows, {
        format: req.query.format as ExportFormat,
        fileName: 'operat',
        columns: [{ key: 'code', header: 'Chapitre' }, { key: 'label' }, { key: 'credits_open' }],
        headers,
      }),
    );
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  it('passes the rows through as JSON, or the body the module chose', async () => {
    const plain = await fetch(`${base}/chapitres?format=json`);
    const chosen = await fetch(`${base}/programme?format=json`);

    expect(await plain.json()).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(await chosen.json()).toEqual({ programme: 'AP-1', periods: [] });
  });

  it('writes the first table as a CSV Excel opens in French: BOM, `;`, decimal comma, rates in %, Paris time, quotes, CRLF', async () => {
    const csv = await fetch(`${base}/chapitres?format=csv`);
    const bytes = Buffer.from(await csv.arrayBuffer());

    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename=execution-2024.csv');
    expect([...bytes.subarray(0, 3)])
      .withContext('UTF-8 byte order mark')
      .toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      "code;Libellé;Crédits ouverts (€);Taux d'exécution;Opération réelle;quartier;programmes;signed_at\r\n" +
        '011;"Charges à caractère général; ""fluides""";1234,56;87,5%;oui;;École Jules-Ferry, Gymnase;04/03/2024 06:06:07\r\n' +
        '012;Charges de personnel;20000;;non;Vieux-Lille;;\r\n',
    );
  });

  it('writes only the columns asked for, in their order, under their own header or the French one', async () => {
    const csv = await fetch(`${base}/operat?format=csv`);

    expect(Buffer.from(await csv.arrayBuffer()).toString('utf8')).toBe(
      '\uFEFFChapitre;Libellé;Crédits ouverts (€)\r\n' +
        '011;"Charges à caractère général; ""fluides""";1234,56\r\n' +
        '012;Charges de personnel;20000\r\n',
    );
  });

  it('writes every table as a sheet of real numbers, formatted, under bold frozen French headers', async () => {
    const xlsx = await fetch(`${base}/chapitres?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const [chapters, programmes] = workbook.worksheets;
    const values = (row: number) => (chapters.getRow(row).values as unknown[]).slice(1);

    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename=execution-2024.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Exécution par chapitre', 'Programmes']);
    expect(values(1)).toEqual([
      'code',
      'Libellé',
      'Crédits ouverts (€)',
      "Taux d'exécution",
      'Opération réelle',
      'quartier',
      'programmes',
      'signed_at',
    ]);
    expect(chapters.getRow(1).font.bold).toBeTrue();
    expect(chapters.views[0]).toEqual(jasmine.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(values(2)).toEqual([
      '011',
      'Charges à caractère général; "fluides"',
      1234.56,
      0.875,
      'oui',
      undefined,
      'École Jules-Ferry, Gymnase',
      new Date('2024-03-04T05:06:07.000Z'),
    ]);
    expect(values(3).slice(0, 5)).toEqual(['012', 'Charges de personnel', 20_000, undefined, 'non']);
    expect(chapters.getCell('C2').numFmt).toBe('#,##0.00 "€"');
    expect(chapters.getCell('D2').numFmt).toBe('0.0%');
    expect(chapters.getCell('A2').numFmt).toBeUndefined();
    expect((programmes.getRow(2).values as unknown[]).slice(1)).toEqual(['AP-1', 5]);
  });
});
