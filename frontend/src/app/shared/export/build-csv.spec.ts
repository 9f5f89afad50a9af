import { TableColumn } from '../ui/data-table/table-column';
import { buildCsv, UTF8_BOM } from './build-csv';

const columns: TableColumn[] = [
  { key: 'quartier', label: 'Quartier', kind: 'text' },
  { key: 'cost', label: 'Coût des fluides', kind: 'currency' },
  { key: 'rate', label: 'Taux de vacance', kind: 'percent' },
  { key: 'since', label: 'Depuis', kind: 'date' },
];

describe('buildCsv', () => {
  const csv = buildCsv(columns, [
    { quartier: 'Wazemmes', cost: 1234567.89, rate: 0.123, since: '2026-11-26' },
    { quartier: 'Fives; Hellemmes "nord"', cost: null, rate: null, since: null },
  ]);
  const lines = csv.slice(UTF8_BOM.length).split('\r\n');

  it('starts with a UTF-8 byte order mark so Excel reads the accents', () => {
    expect(csv.startsWith('\uFEFF')).toBeTrue();
  });

  it('separates with semicolons under a header of column labels', () => {
    expect(lines[0]).toBe('Quartier;Coût des fluides;Taux de vacance;Depuis');
  });

  it('writes numbers with a decimal comma and no thousands separator, rates as percentages, dates day first', () => {
    expect(lines[1]).toBe('Wazemmes;1234567,89;12,3%;26/11/2026');
  });

  it('quotes text that holds the separator or quotes, and leaves missing values empty', () => {
    expect(lines[2]).toBe('"Fives; Hellemmes ""nord""";;;');
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBeTrue();
    expect(lines.length).toBe(4);
  });

  it('keeps imported labels that start like a formula as text (OWASP), and negative numbers as numbers', () => {
    const columns = [
      { key: 'name', label: 'Programme', kind: 'text' as const },
      { key: 'slippage', label: 'Glissement', kind: 'number' as const },
    ];
    const rows = [
      { name: '=HYPERLINK("http://evil.example";"Voir")', slippage: -39 },
      { name: '+33 6 12', slippage: -1.5 },
      { name: '-2+3', slippage: 0 },
      { name: '@SUM(A1)', slippage: 1 },
      { name: '\tcmd', slippage: 2 },
      { name: '-12,5', slippage: 3 },
    ];
    const written = buildCsv(columns, rows).slice(UTF8_BOM.length).split('\r\n');
    expect(written.slice(1, 7)).toEqual([
      `"'=HYPERLINK(""http://evil.example"";""Voir"")";-39`,
      "'+33 6 12;-1,5",
      "'-2+3;0",
      "'@SUM(A1);1",
      "'\tcmd;2",
      '-12,5;3',
    ]);
  });
});
